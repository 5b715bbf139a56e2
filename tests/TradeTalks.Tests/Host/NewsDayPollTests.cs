using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.DataSets;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Host;

/// <summary>
/// How the news-day bench tells that an instance shows an edit (bench/news-day-poll.sh), asked of a real server: the
/// timeline of talks is larger than a pipe holds, with the newest talk in its first half. Piped into <c>grep -q</c> under
/// pipefail, about half the polls of a page that showed the edit said it did not (docs/performance.md, a news day).
/// </summary>
public sealed class NewsDayPollTests : IAsyncLifetime
{
    private const string Talk = "beijing-2026-05";
    private const string Title = "News-day edit 1";

    private readonly KestrelAppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task EveryPollOfAnInstanceThatShowsTheEditSaysSoAndNamesItsChangeSet()
    {
        var document = DataSetFiles.Read(DataSetFiles.With(d => d.Record("talks", Talk)["title"] = Title));
        var written = await _app.Services.GetRequiredService<StoreWriter>().ApplyAsync(document, WriteMode.Upsert);

        var polls = await PollAsync(times: 20);

        Assert.Equal(20, polls.Count);
        var changeSet = written.ChangeSetId.ToString();
        // Each line: when the poll began and when its answers arrived, then status, shown, change set and age for the page, and for the API.
        Assert.All(polls, poll => Assert.Equal(["200", "1", changeSet, "200", "1", changeSet], poll[2..5].Concat(poll[6..9])));
    }

    [Fact]
    public async Task APollOfAnInstanceThatDoesNotShowTheEditSaysSo()
    {
        var polls = await PollAsync(times: 1);

        Assert.Equal(["200", "0", "200", "0"], polls.Single()[2..4].Concat(polls.Single()[6..8]));
    }

    /// <summary>The bench's poll of this server, <paramref name="times"/> over: each line's fields.</summary>
    private async Task<List<string[]>> PollAsync(int times)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // As the bench runs it: errors and unset names stop the script, and a pipeline fails with any of its commands.
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("set -euo pipefail; . \"$0\"; for i in $(seq 1 \"$1\"); do poll \"$2\" \"$3\" \"$4\"; done");
        start.ArgumentList.Add(Path.Combine(DataSetFiles.RepositoryRoot, "bench", "news-day-poll.sh"));
        start.ArgumentList.Add(times.ToString());
        start.ArgumentList.Add(_app.ClientOptions.BaseAddress.ToString().TrimEnd('/'));
        start.ArgumentList.Add(Talk);
        start.ArgumentList.Add(Title);
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEndAsync();
        var error = bash.StandardError.ReadToEndAsync();
        await bash.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(bash.ExitCode == 0, $"the poll failed ({bash.ExitCode}): {await error}");
        return [.. (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' '))];
    }
}
