using Microsoft.EntityFrameworkCore;
using TradeTalks.Statements;
using TradeTalks.Tests.Support;
using TradeTalks.Time;
using TradeTalks.Timeline;

namespace TradeTalks.Tests.Timeline;

public sealed class TimelineServiceTests : IAsyncLifetime
{
    /// <summary>Everything on record: no cut by date.</summary>
    private static readonly AsOf Everything = AsOf.EndOf(new DateOnly(2099, 12, 31));

    private TestDatabase _database = null!;
    private TimelineService _timeline = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        _timeline = _database.Get<TimelineService>();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData(false, 7)]
    [InlineData(true, 7)]
    [InlineData(false, 25)]
    public async Task KeysetPagesWalkedForwardOrBackHoldEveryItemOnceInTheOrderShown(bool oldestFirst, int pageSize)
    {
        var query = new TimelineQuery { OldestFirst = oldestFirst, PageSize = pageSize };
        var whole = await _timeline.SearchAsync(query with { PageSize = TimelineQuery.MaxPageSize }, Everything);
        var expected = whole.Items.Select(i => (i.Kind, i.RecordKey)).ToList();

        var forward = new List<(TimelineKind, string)>();
        var page = await _timeline.BrowseAsync(query, null, before: false, last: false, Everything);
        Assert.Null(page.Previous);
        while (true)
        {
            Assert.InRange(page.Items.Count, 1, pageSize);
            forward.AddRange(page.Items.Select(i => (i.Kind, i.RecordKey)));
            if (page.Next is not { } next)
            {
                break;
            }

            page = await _timeline.BrowseAsync(query, next, before: false, last: false, Everything);
        }

        var backward = new List<(TimelineKind, string)>();
        page = await _timeline.BrowseAsync(query, null, before: false, last: true, Everything);
        Assert.Null(page.Next);
        while (true)
        {
            backward.InsertRange(0, page.Items.Select(i => (i.Kind, i.RecordKey)));
            if (page.Previous is not { } previous)
            {
                break;
            }

            page = await _timeline.BrowseAsync(query, previous, before: true, last: false, Everything);
        }

        Assert.Equal(whole.TotalCount, page.TotalCount);
        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
    }

    [Fact]
    public async Task KeysetPagesKeepTheFilters()
    {
        var query = new TimelineQuery { Kinds = [TimelineKind.Talk], PageSize = 4 };

        var first = await _timeline.BrowseAsync(query, null, before: false, last: false, Everything);
        var second = await _timeline.BrowseAsync(query, first.Next, before: false, last: false, Everything);

        Assert.Equal(12, first.TotalCount);
        Assert.All(first.Items.Concat(second.Items), i => Assert.Equal(TimelineKind.Talk, i.Kind));
        Assert.True(first.Items[^1].Day >= second.Items[0].Day);
    }

    [Fact]
    public async Task EveryDatedRecordAppearsOnce()
    {
        var page = await _timeline.SearchAsync(new TimelineQuery { PageSize = 200 }, Everything);
        var data = DataSetFiles.Read(DataSetFiles.Bundled);
        var dated = data.Talks.Count + data.TariffLayers.Sum(l => l.Changes.Count) + data.TruceWindows.Count
            + data.TruceWindows.Sum(w => w.Extensions.Count) + data.Statements.Count + data.Claims.Count
            + data.IndicatorReleases.Count(i => i.ReleasedOn is not null) + data.Developments.Count
            + data.Measures.Sum(m => m.Changes.Count) + data.Commitments.Count + data.Commitments.Sum(c => c.Progress.Count);

        Assert.Equal(dated, page.TotalCount);
        Assert.Equal(dated, page.Items.Count);
        Assert.Equal(page.Items.Count, page.Items.Select(i => (i.Kind, i.RecordKey)).Distinct().Count());
    }

    [Fact]
    public async Task NewestItemsComeFirstUnlessOldestFirstIsAsked()
    {
        var newest = await _timeline.SearchAsync(new TimelineQuery { PageSize = 200 }, Everything);
        var oldest = await _timeline.SearchAsync(new TimelineQuery { PageSize = 200, OldestFirst = true }, Everything);

        Assert.Equal(newest.Items.Select(i => i.Day).OrderDescending(), newest.Items.Select(i => i.Day));
        // The oldest records are Section 232's steel and aluminium duties of 23 March 2018 (Proclamations 9704 and 9705).
        Assert.Equal(new DateOnly(2018, 3, 23), oldest.Items[0].Day);
        Assert.Equal(["us-232-aluminium-2018-03-23", "us-232-steel-aluminium-2018-03-23"], oldest.Items.Take(2).Select(i => i.RecordKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FilteringByKindKeepsOnlyThatKind()
    {
        var talks = await _timeline.SearchAsync(new TimelineQuery { Kinds = [TimelineKind.Talk], PageSize = 100 }, Everything);
        var truce = await _timeline.SearchAsync(new TimelineQuery { Kinds = [TimelineKind.TruceMilestone] }, Everything);

        Assert.Equal(12, talks.TotalCount);
        Assert.All(talks.Items, i => Assert.Equal(TimelineKind.Talk, i.Kind));
        Assert.Equal(3, truce.TotalCount);
    }

    [Fact]
    public async Task FilteringByPersonFindsTheirTalksStatementsAndClaims()
    {
        await using var db = _database.NewContext();
        var greer = await db.People.SingleAsync(p => p.Key == "jamieson-greer");
        var trump = await db.People.SingleAsync(p => p.Key == "donald-trump");

        var greerItems = await _timeline.SearchAsync(new TimelineQuery { PersonId = greer.Id, PageSize = 100 }, Everything);
        var trumpItems = await _timeline.SearchAsync(new TimelineQuery { PersonId = trump.Id, PageSize = 100 }, Everything);

        Assert.Equal(6 + 1 + 1, greerItems.TotalCount);
        Assert.Contains(greerItems.Items, i => i.RecordKey == "greer-slow-rolling");
        Assert.Contains(greerItems.Items, i => i.Kind == TimelineKind.Claim);
        Assert.All(greerItems.Items.Where(i => i.Kind == TimelineKind.Talk), i => Assert.Contains(i.People, p => p.Key == "jamieson-greer"));
        Assert.Equal(6 + 3, trumpItems.TotalCount);
    }

    [Fact]
    public async Task FilteringBySideKeepsThatSidesMeasuresAndWords()
    {
        var china = await _timeline.SearchAsync(new TimelineQuery { Side = Side.China, Kinds = [TimelineKind.TariffChange, TimelineKind.Claim], PageSize = 100 }, Everything);
        var other = await _timeline.SearchAsync(new TimelineQuery { Side = Side.Other, PageSize = 100 }, Everything);

        Assert.Equal(10 + 3, china.TotalCount);
        Assert.All(china.Items, i => Assert.Equal(Side.China, i.Side));
        Assert.Equal(["IndicatorRelease", "Statement", "Statement", "Statement"], other.Items.Select(i => i.Kind.ToString()).Order());
    }

    [Fact]
    public async Task EachItemCarriesTheSideItBelongsTo()
    {
        var page = await _timeline.SearchAsync(new TimelineQuery { PageSize = 200 }, Everything);

        Assert.Equal(Side.China, page.Items.Single(i => i.RecordKey == "china-imports-2025-05").Side);
        Assert.Equal(Side.Other, page.Items.Single(i => i.RecordKey == "oecd-world-growth-2025-06").Side);
        Assert.Equal(Side.UnitedStates, page.Items.Single(i => i.RecordKey == "us-claims-rare-earth-magnets").Side);
        Assert.Null(page.Items.Single(i => i.RecordKey == "london-2025-06").Side);
    }

    [Fact]
    public async Task FilteringByDateRangeIncludesBothEnds()
    {
        var page = await _timeline.SearchAsync(new TimelineQuery { From = new(2025, 6, 5), To = new(2025, 6, 9), PageSize = 100 }, Everything);

        Assert.All(page.Items, i => Assert.InRange(i.Day, new DateOnly(2025, 6, 5), new DateOnly(2025, 6, 9)));
        Assert.Contains(page.Items, i => i.RecordKey == "call-2025-06-05");
        Assert.Contains(page.Items, i => i.RecordKey == "london-2025-06");
    }

    [Fact]
    public async Task TheAsOfDayHidesLaterItems()
    {
        var page = await _timeline.SearchAsync(new TimelineQuery { PageSize = 200 }, AsOf.EndOf(new DateOnly(2025, 6, 10)));

        Assert.All(page.Items, i => Assert.True(i.Day <= new DateOnly(2025, 6, 10)));
        Assert.DoesNotContain(page.Items, i => i.RecordKey == "stockholm-2025-07");
    }

    [Theory]
    [InlineData("slow-rolling", "us-claims-rare-earth-magnets")]
    [InlineData("HUAWEI", "china-claims-huawei-chips")]
    [InlineData("100%", "us-threatens-100-2025-10")]
    [InlineData("very good talk", "trump-very-good-talk")]
    public async Task TextSearchFindsWordsInTitlesSummariesAndQuotesIgnoringCase(string text, string expectedKey)
    {
        var page = await _timeline.SearchAsync(new TimelineQuery { Text = text, PageSize = 100 }, Everything);

        Assert.Contains(page.Items, i => i.RecordKey == expectedKey);
        Assert.True(page.TotalCount < 10, $"{text}: {page.TotalCount} matches");
    }

    [Theory]
    [InlineData("_")]
    [InlineData("%%")]
    [InlineData("zzzz no such words")]
    public async Task WildcardCharactersAreSearchedLiterally(string text)
    {
        var page = await _timeline.SearchAsync(new TimelineQuery { Text = text, PageSize = 100 }, Everything);

        Assert.Equal(0, page.TotalCount);
    }

    [Fact]
    public async Task TheSurchargesEndIsATimelineItemThatSaysItWasOnlyScheduled()
    {
        var page = await _timeline.SearchAsync(new TimelineQuery { From = new(2026, 7, 24), To = new(2026, 7, 24), PageSize = 100 }, Everything);

        var end = Assert.Single(page.Items, i => i.RecordKey == "us-section-122-2026-07-24");
        Assert.Equal(new RateFigure(Side.UnitedStates, Side.China, 10m, 0m, ScheduledEnd: true), end.Figure);
        Assert.Equal("US on China: 10% → 0%, a scheduled end; nothing on record since", TradeTalks.Web.Components.Shared.Figures.Text(end.Figure));
    }

    [Fact]
    public async Task ItemsCarryTheirPeopleSourcesAndFigures()
    {
        var page = await _timeline.SearchAsync(new TimelineQuery { From = new(2025, 4, 10), To = new(2025, 4, 10), PageSize = 100 }, Everything);

        var hike = Assert.Single(page.Items, i => i.RecordKey == "us-reciprocal-2025-04-10");
        Assert.Equal(new RateFigure(Side.UnitedStates, Side.China, 84m, 125m), hike.Figure);
        Assert.Equal("US on China: 84% → 125%", TradeTalks.Web.Components.Shared.Figures.Text(hike.Figure));
        Assert.NotEmpty(hike.Sources);
        var london = (await _timeline.SearchAsync(new TimelineQuery { Text = "London round" }, Everything)).Items.Single(i => i.Kind == TimelineKind.Talk);
        Assert.Equal(6, london.People.Count);
        Assert.Equal(new DateOnly(2025, 6, 10), london.LastDay);
    }

    [Fact]
    public async Task PagesSplitTheListWithoutGapsOrRepeats()
    {
        var all = await _timeline.SearchAsync(new TimelineQuery { PageSize = 200 }, Everything);
        var count = (all.TotalCount + 19) / 20;
        var pages = new List<TimelineItem>();
        for (var number = 1; number <= count; number++)
        {
            var page = await _timeline.SearchAsync(new TimelineQuery { Page = number, PageSize = 20 }, Everything);
            Assert.Equal(count, page.PageCount);
            pages.AddRange(page.Items);
        }

        Assert.Equal(all.Items.Select(i => (i.Kind, i.RecordId)), pages.Select(i => (i.Kind, i.RecordId)));
    }

    [Fact]
    public async Task OutOfRangePagingIsClampedRatherThanRefused()
    {
        var page = await _timeline.SearchAsync(new TimelineQuery { Page = -3, PageSize = 100_000 }, Everything);

        Assert.Equal(1, page.Page);
        Assert.Equal(TimelineQuery.MaxPageSize, page.PageSize);
    }

    [Fact]
    public async Task APagePastTheEndShowsTheLastPage()
    {
        var total = (await _timeline.SearchAsync(new TimelineQuery { PageSize = 1 }, Everything)).TotalCount;

        var page = await _timeline.SearchAsync(new TimelineQuery { Page = 99, PageSize = 20 }, Everything);

        Assert.Equal((total + 19) / 20, page.Page);
        Assert.Equal(total % 20 == 0 ? 20 : total % 20, page.Items.Count);
    }

    [Fact]
    public async Task ALargeTimelineIsPagedByTheDatabase()
    {
        var before = (await _timeline.SearchAsync(new TimelineQuery { PageSize = 1 }, Everything)).TotalCount;
        await using (var db = _database.NewContext())
        {
            var source = await db.Sources.FirstAsync();
            db.Statements.AddRange(Enumerable.Range(0, 5000).Select(i => new Statement
            {
                Key = $"bulk-{i}",
                Speaker = "Test speaker",
                Side = Side.Other,
                SaidOn = new DateOnly(2025, 1, 1).AddDays(i % 600),
                Words = $"words {i}",
                Context = "bulk",
                Sources = [source],
            }));
            await db.SaveChangesAsync();
        }

        using var queries = new QueryLog(_database.Path);
        // Written around the write path, which would have told the service's memo to forget its count: a new one counts.
        var timeline = new TimelineService(_database.Factory, new TimelineCountMemo(_database.Time));

        var page = await timeline.SearchAsync(new TimelineQuery { Page = 40, PageSize = 25 }, Everything);

        Assert.Equal(before + 5000, page.TotalCount);
        Assert.Equal(25, page.Items.Count);
        Assert.Contains(queries.Commands, sql => sql.Contains("UNION ALL", StringComparison.Ordinal) && sql.Contains("LIMIT", StringComparison.Ordinal));
    }
}
