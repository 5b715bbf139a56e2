using System.Text;
using Microsoft.Data.Sqlite;

namespace TradeTalks.Tests.Commands;

/// <summary>The users verb: how the first Admin is made, and accounts listed, disabled and enabled from the command line.</summary>
public sealed class UserCommandTests : IAsyncLifetime
{
    private readonly CommandRun _run = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _run.DisposeAsync();

    [Fact]
    public async Task AddingAnAdminPrintsAOneTimePasswordOnItsOwnLineAndListsTheAccountAsMustChange()
    {
        var (exit, output, error) = await _run.RunAsync(["users", "add", "admin@example.org", "--role", "admin"]);

        Assert.Equal(0, exit);
        var password = output.Trim();
        Assert.Matches("^[A-Za-z0-9]{20}$", password);
        Assert.Contains("Added admin@example.org as Admin", error, StringComparison.Ordinal);

        var list = await _run.RunAsync(["users", "list"]);
        Assert.Equal(0, list.ExitCode);
        Assert.StartsWith("admin@example.org\tAdmin\tactive, must change password\tadded 2026-11-29", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(password, list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APasswordReadFromStandardInputIsCheckedByTheSameRulesAsTheSignIn()
    {
        var weak = await _run.RunAsync(["users", "add", "ed@example.org", "--role", "Editor", "--password-stdin"], Encoding.UTF8.GetBytes("short\n"));
        var good = await _run.RunAsync(["users", "add", "ed@example.org", "--role", "Editor", "--password-stdin"], Encoding.UTF8.GetBytes("Long-Enough-Pass-1\n"));

        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("at least 12 characters", weak.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was done", weak.Error, StringComparison.Ordinal);
        Assert.Equal(0, good.ExitCode);
        Assert.Equal("", good.Output.Trim());
    }

    [Theory]
    [InlineData(new[] { "users", "add", "a@example.org", "--role", "Owner" }, 2, "is not a role")]
    [InlineData(new[] { "users", "add", "a@example.org" }, 2, "--role")]
    [InlineData(new[] { "users", "add", "not-an-address", "--role", "Editor" }, 1, "is invalid")]
    [InlineData(new[] { "users", "disable", "nobody@example.org" }, 1, "There is no account for nobody@example.org")]
    [InlineData(new[] { "users" }, 2, "")]
    public async Task AMistakeOnTheCommandLineSaysWhatIsWrongAndChangesNothing(string[] args, int expectedExit, string message)
    {
        var (exit, output, error) = await _run.RunAsync(args);

        Assert.Equal(expectedExit, exit);
        Assert.Contains(message, output + error, StringComparison.Ordinal);
        if (File.Exists(_run.DatabasePath))
        {
            SqliteConnection.ClearAllPools();
            Assert.DoesNotContain("\tEditor\t", (await _run.RunAsync(["users", "list"])).Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnAccountAddedTwiceIsRefusedAndADisabledOneIsEnabledAgain()
    {
        await _run.RunAsync(["users", "add", "ed@example.org", "--role", "Editor"]);

        var again = await _run.RunAsync(["users", "add", "ed@example.org", "--role", "Admin"]);
        var disabled = await _run.RunAsync(["users", "disable", "ed@example.org"]);
        var listed = await _run.RunAsync(["users", "list"]);
        var enabled = await _run.RunAsync(["users", "enable", "ed@example.org"]);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already an account", again.Error, StringComparison.Ordinal);
        Assert.Equal(0, disabled.ExitCode);
        Assert.Contains("ed@example.org\tEditor\tdisabled 2026-11-29", listed.Output, StringComparison.Ordinal);
        Assert.Equal(0, enabled.ExitCode);
        Assert.Contains("\tactive", (await _run.RunAsync(["users", "list"])).Output, StringComparison.Ordinal);
    }
}
