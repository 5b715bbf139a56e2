using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TradeTalks.SourceChecks;
using TradeTalks.Sources;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.SourceChecks;

public sealed class SourceCheckerTests : IAsyncLifetime
{
    private DocumentServer _server = null!;
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await DocumentServer.StartAsync();
        _database = await TestDatabase.CreateAsync();
        await using var db = _database.NewContext();
        db.Sources.AddRange(
            new Source { Key = "notice", Publisher = "MOFCOM", Title = "Announcement", Url = _server.Url("/notice") },
            new Source { Key = "no-address", Publisher = "A wire", Title = "A report" });
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task EachCheckIsKeptAndJudgedAgainstTheLastOneOfTheSameAddress()
    {
        var checker = Checker();
        _server.Document("/notice", "first text");
        var first = Assert.Single((await checker.CheckAsync(null, CancellationToken.None))!.Checks);
        _database.Time.Advance(TimeSpan.FromDays(1));
        var same = Assert.Single((await checker.CheckAsync("notice", CancellationToken.None))!.Checks);
        _server.Document("/notice", "second text");
        var changed = Assert.Single((await checker.CheckAsync("notice", CancellationToken.None))!.Checks);
        _server.Redirect("/notice", "/archive/notice");
        _server.Document("/archive/notice", "second text");
        var moved = Assert.Single((await checker.CheckAsync("notice", CancellationToken.None))!.Checks);
        _server.Status("/notice", 410);
        var gone = Assert.Single((await checker.CheckAsync("notice", CancellationToken.None))!.Checks);

        Assert.Equal(
            [SourceCheckOutcome.Reachable, SourceCheckOutcome.Reachable, SourceCheckOutcome.Changed, SourceCheckOutcome.Moved, SourceCheckOutcome.Gone],
            [first.Outcome, same.Outcome, changed.Outcome, moved.Outcome, gone.Outcome]);
        Assert.Equal(_server.Url("/archive/notice"), moved.FinalAddress);
        Assert.Equal("The address answers 410 Gone: the document is gone.", gone.Message);
        var latest = await checker.LatestAsync(null);
        Assert.Equal(SourceCheckOutcome.Gone, Assert.Single(latest).Value.Outcome);
        Assert.Equal(_database.Time.GetUtcNow(), latest["notice"].CheckedAt);
    }

    [Fact]
    public async Task AnUnknownSourceKeyIsNotChecked()
    {
        Assert.Null(await Checker().CheckAsync("nothing-by-this-key", CancellationToken.None));
    }

    [Fact]
    public void AMoveToHttpsOrATrailingSlashIsTheSameDocument()
    {
        var fetch = new SourceFetch("http://news.example/a/notice", "https://NEWS.example/a/notice/", 200, "text/html", "ab", null);

        Assert.Equal(SourceCheckOutcome.Reachable, SourceChecker.Judge("k", fetch, null, DateTimeOffset.UnixEpoch).Outcome);
    }

    private SourceChecker Checker() => new(_database.Factory,
        new SourceFetcher(new AddressGuard(AddressGuardTests.Resolver(), allowPrivate: true), Options.Create(new SourceCheckOptions())),
        _database.Time, NullLogger<SourceChecker>.Instance);
}
