using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Store;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Host;

public sealed class HostTests : IAsyncLifetime
{
    private readonly TradeTalksAppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task StartingTheHostCreatesMigratesAndSeedsTheStoreFile()
    {
        using var client = _app.CreateClient();

        Assert.True(File.Exists(_app.DatabasePath));
        var factory = _app.Services.GetRequiredService<IDbContextFactory<TradeTalksDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(12, await db.Talks.CountAsync());
    }

    [Fact]
    public async Task HomePageServesTheSeededRatesInItsFirstHtml()
    {
        var html = await GetPageAsync("/");

        Assert.Contains("data-testid=\"rate-cn-on-us\"", html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"rate-cn-on-us\"[^>]*>10<", html);
        Assert.Matches("data-testid=\"rate-us-on-cn\"[^>]*>0<", html);
    }

    [Theory]
    [InlineData("/", "rate-us-on-cn")]
    [InlineData("/timeline", "timeline-item")]
    [InlineData("/tariffs", "rate-cn-on-us")]
    [InlineData("/truce", "truce-deadline")]
    [InlineData("/officials", "person-card")]
    [InlineData("/indicators", "indicator-table")]
    [InlineData("/claims", "claim")]
    [InlineData("/sources", "source")]
    [InlineData("/measures", "measure")]
    [InlineData("/commitments", "commitment")]
    public async Task EveryPageAnswersWithItsFiguresInTheFirstHtml(string path, string testId)
    {
        var html = await GetPageAsync(path);

        Assert.Contains($"data-testid=\"{testId}\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "145", "125", "2025-04-20")]
    [InlineData("/tariffs", "30", "10", "2025-06-10")]
    [InlineData("/tariffs", "20", "0", "2025-03-04")]
    public async Task AnAsOfDateChangesTheRatesInTheFirstHtml(string path, string us, string china, string asOf)
    {
        using var client = _app.CreateClient();

        var html = await client.GetStringAsync($"{path}?asOf={asOf}");

        Assert.Matches($"data-testid=\"rate-us-on-cn\"[^>]*>{us}<", html);
        Assert.Matches($"data-testid=\"rate-cn-on-us\"[^>]*>{china}<", html);
    }

    [Fact]
    public async Task TheTrucePageGivesStatusDeadlineAndDaysLeftForTheAsOfDate()
    {
        using var client = _app.CreateClient();

        var html = await client.GetStringAsync("/truce?asOf=2025-08-01");

        Assert.Matches("data-testid=\"truce-status\"[^>]*>Ending soon<", html);
        Assert.Matches("data-testid=\"truce-deadline\"[^>]*>2025-08-12T04:01:00Z<", html);
        Assert.Matches("data-testid=\"truce-days-left\"[^>]*>10<", html);
    }

    [Fact]
    public async Task TheMeasuresAndCommitmentsPagesAnswerForTheAsOfDate()
    {
        using var client = _app.CreateClient();

        var measuresEarly = await client.GetStringAsync("/measures?asOf=2025-10-01");
        var measuresNow = await client.GetStringAsync("/measures");
        var commitmentsEarly = await client.GetStringAsync("/commitments?asOf=2026-05-20");
        var commitmentsLater = await client.GetStringAsync("/commitments?asOf=2026-06-05");

        Assert.Contains("Entity-list affiliates rule", measuresEarly, StringComparison.Ordinal);
        Assert.DoesNotContain("Wider rare-earth export controls", measuresEarly, StringComparison.Ordinal);
        Assert.Contains("Suspension deadline passed (10 Nov 2026); no extension or lapse on record", measuresNow, StringComparison.Ordinal);
        Assert.DoesNotContain("Board of Trade", commitmentsEarly, StringComparison.Ordinal);
        Assert.Contains("Board of Trade", commitmentsLater, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeasureFiltersLiveInTheAddress()
    {
        using var client = _app.CreateClient();

        var us = await client.GetStringAsync("/measures?side=UnitedStates&kind=PortFee");

        Assert.Contains("US port fees on Chinese ships", us, StringComparison.Ordinal);
        Assert.DoesNotContain("Chinese port fees on US ships", us, StringComparison.Ordinal);
        Assert.DoesNotContain("Entity-list affiliates rule", us, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?asOf=banana")]
    [InlineData("/truce?asOf=1999-01-01")]
    [InlineData("/tariffs?asOf=3000-01-01")]
    [InlineData("/timeline?asOf=%3Cscript%3E&page=-4&side=nowhere")]
    public async Task ABadAsOfDateGetsAMessageNotAnErrorPage(string address)
    {
        var html = await GetPageAsync(address);

        Assert.Contains("data-testid=\"asof-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html[html.IndexOf("asof-error", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/timeline?after=abc", "is not a place in the timeline; showing the first page")]
    [InlineData("/timeline?before=2025-13-01~0~1", "is not a place in the timeline")]
    [InlineData("/timeline?kind=Talk&page=7", "12 items")]
    [InlineData("/timeline?after=1999-01-01~0~1", "Nothing comes after that place in the timeline any more; showing the last page.")]
    [InlineData("/tariffs?range=custom&to=9999-12-31", "outside the dates the chart can show")]
    [InlineData("/tariffs?range=custom&from=soon", "is not a date")]
    [InlineData("/measures?side=Mars&kind=Tariff", "is not a side; use one of: UnitedStates, China, Other")]
    [InlineData("/measures?kind=Tariff", "is not a kind of measure")]
    public async Task BadFiltersAndPagesGetAMessageNotAnErrorPage(string address, string expected)
    {
        var html = await GetPageAsync(address);

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARejectedAsOfDateIsNotCarriedIntoLinks()
    {
        using var client = _app.CreateClient();

        var html = await client.GetStringAsync("/?asOf=2019-01-01");

        Assert.Contains("href=\"/truce\"", html, StringComparison.Ordinal);
        // The menu button points at this page's own drawer, so it keeps the address it is on; no link leads on with it.
        const string menuButton = "href=\"/?asOf=2019-01-01#main-nav\"";
        Assert.Contains(menuButton, html, StringComparison.Ordinal);
        Assert.DoesNotMatch("href=\"[^\"]*asOf=2019-01-01", html.Replace(menuButton, "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AfterCollectionStoppedTheTrucePageSaysTheSuspendedUsPointsHaveNothingToReturnTo()
    {
        using var client = _app.CreateClient();

        var before = await client.GetStringAsync("/truce?asOf=2026-01-15");
        var after = await client.GetStringAsync("/truce?asOf=2026-03-01");

        Assert.DoesNotContain("Nothing comes back", before, StringComparison.Ordinal);
        Assert.Contains("from 10% back to 34%", before, StringComparison.Ordinal);
        Assert.Contains("Nothing comes back: &quot;Reciprocal&quot; tariff order ended on 24 Feb 2026.", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinksBetweenPagesKeepTheAsOfDate()
    {
        using var client = _app.CreateClient();

        var html = await client.GetStringAsync("/?asOf=2025-06-10");

        Assert.Contains("href=\"/truce?asOf=2025-06-10\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/timeline?asOf=2025-06-10\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownAddressAnswersNotFound()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/no-such-page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    /// <summary>Fetches a page, asserts it answered 200 OK, and returns its first HTML.</summary>
    private async Task<string> GetPageAsync(string address)
    {
        using var client = _app.CreateClient();
        var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
