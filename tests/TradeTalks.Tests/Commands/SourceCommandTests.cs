using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.SourceChecks;
using TradeTalks.Sources;
using TradeTalks.Store;
using TradeTalks.Tests.SourceChecks;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Commands;

/// <summary>
/// The <c>sources check</c> verb against a document server of the test's own on 127.0.0.1 (no internet): documents
/// that stay, change, move, vanish, redirect to loopback, are too large or too slow.
/// </summary>
public sealed class SourceCommandTests : IAsyncLifetime
{
    private readonly CommandRun _run = new();
    private DocumentServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await DocumentServer.StartAsync();
        Assert.Equal(0, (await _run.RunAsync(["migrate", "--no-seed"])).ExitCode);
        // The test's server counts as public, so that loopback is refused everywhere else, as it is in production.
        _run.Settings["Sources:AllowPrivateAddresses"] = "false";
        _run.Settings["Sources:MaxBytes"] = "1048576";
        _run.Settings["Sources:TimeoutSeconds"] = "2";
        _run.Services = services => services.AddSingleton(new AddressGuard(AddressGuardTests.Resolver(), allowPrivate: false, a => a.Equals(IPAddress.Loopback)));
    }

    public async ValueTask DisposeAsync()
    {
        await _run.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task EachSourceIsReportedOnALineOfItsOwnAndAGoneOneFailsTheRun()
    {
        _server.Document("/stays", "<p>stays</p>");
        _server.Document("/changes", "<p>before</p>");
        _server.Document("/moves", "<p>here</p>");
        _server.Document("/vanishes", "<p>soon gone</p>");
        await AddSourcesAsync(
            ("stays", _server.Url("/stays")), ("changes", _server.Url("/changes")), ("moves", _server.Url("/moves")),
            ("vanishes", _server.Url("/vanishes")), ("to-loopback", _server.Url("/to-loopback")), ("too-large", _server.Url("/too-large")),
            ("too-slow", _server.Url("/too-slow")), ("no-address", null));
        _server.Redirect("/to-loopback", $"http://127.0.0.2:{_server.BaseAddress.Port}/private");
        _server.Large("/too-large", 2 * 1024 * 1024);
        _server.Slow("/too-slow", TimeSpan.FromSeconds(30));
        var (firstCode, _, _) = await _run.RunAsync(["sources", "check"]);

        _server.Document("/changes", "<p>after</p>");
        _server.Redirect("/moves", "/archive/moves");
        _server.Document("/archive/moves", "<p>here</p>");
        _server.Remove("/vanishes");
        var (exitCode, output, error) = await _run.RunAsync(["sources", "check"]);

        Assert.Equal(0, firstCode);
        Assert.Equal(1, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(8, lines.Length);
        Assert.Matches(@"^changes\s+changed\s+200\s+The document differs from the last check", lines[0]);
        Assert.Matches($@"^moves\s+moved\s+200\s+The address now leads to {_server.Url("/archive/moves")}", lines[1]);
        Assert.Matches(@"^stays\s+reachable\s+200\s+http://127\.0\.0\.1:\d+/stays$", lines[2]);
        Assert.Matches(@"^to-loopback\s+unreachable\s+-\s+127\.0\.0\.2 is not a public address", lines[3]);
        Assert.Matches(@"^too-large\s+unreachable\s+200\s+The document is larger than 1 MB", lines[4]);
        Assert.Matches(@"^too-slow\s+unreachable\s+-\s+No full answer within 2 seconds", lines[5]);
        Assert.Matches(@"^vanishes\s+gone\s+404\s+The address answers 404 Not Found: the document is gone\.", lines[6]);
        Assert.Equal("Checked 7 sources: 1 reachable, 1 moved, 1 gone, 1 changed, 3 unreachable. 1 source has no address to check.", lines[7]);
        Assert.Contains("1 source is gone", error);
        await using var db = NewContext();
        Assert.Equal(14, await db.SourceChecks.CountAsync());
    }

    [Fact]
    public async Task OneSourceCanBeCheckedByItsKey()
    {
        _server.Document("/stays", "<p>stays</p>");
        await AddSourcesAsync(("stays", _server.Url("/stays")), ("other", _server.Url("/other")));

        var (exitCode, output, _) = await _run.RunAsync(["sources", "check", "--source", "stays"]);

        Assert.Equal(0, exitCode);
        Assert.Equal(["/stays"], _server.Requests.Select(r => r.Path));
        Assert.EndsWith("Checked 1 source: 1 reachable, 0 moved, 0 gone, 0 changed, 0 unreachable.", output.Trim());
    }

    [Fact]
    public async Task AnUnknownSourceKeyIsNamedAndNothingIsChecked()
    {
        var (exitCode, output, error) = await _run.RunAsync(["sources", "check", "--source", "missing"]);

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Contains("No source has the key \"missing\"; nothing was checked.", error);
    }

    [Fact]
    public async Task ALoopbackSourceIsRefusedUnlessPrivateAddressesAreAllowed()
    {
        _server.Document("/local", "<p>local</p>");
        await AddSourcesAsync(("local", _server.Url("/local")));
        _run.Services = null;
        var (_, refused, _) = await _run.RunAsync(["sources", "check"]);

        _run.Settings["Sources:AllowPrivateAddresses"] = "true";
        var (_, allowed, _) = await _run.RunAsync(["sources", "check"]);

        Assert.Contains("unreachable", refused);
        Assert.Contains("not a public address", refused);
        Assert.Matches(@"local\s+reachable\s+200", allowed);
    }

    private async Task AddSourcesAsync(params (string Key, string? Url)[] sources)
    {
        await using var db = NewContext();
        db.Sources.AddRange(sources.Select(s => new Source { Key = s.Key, Publisher = "Publisher", Title = $"Title of {s.Key}", Url = s.Url }));
        await db.SaveChangesAsync();
    }

    private TradeTalksDbContext NewContext() => new(new DbContextOptionsBuilder<TradeTalksDbContext>()
        .UseStore(StoreProvider.Sqlite, $"Data Source={_run.DatabasePath};Pooling=False").Options);
}
