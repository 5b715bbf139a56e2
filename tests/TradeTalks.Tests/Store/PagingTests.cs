using TradeTalks.Claims;
using TradeTalks.Commitments;
using TradeTalks.Indicators;
using TradeTalks.Measures;
using TradeTalks.People;
using TradeTalks.Sources;
using TradeTalks.Tests.Support;
using TradeTalks.Time;

namespace TradeTalks.Tests.Store;

/// <summary>Every list page is paged in the database: the pages together hold the whole list, once each, in order.</summary>
public sealed class PagingTests
{
    private static readonly AsOf Today = AsOf.EndOf(new DateOnly(2026, 11, 29));

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(50)]
    public async Task ThePagesOfEveryListTogetherHoldTheWholeListInItsOrder(int pageSize)
    {
        await using var database = await TestDatabase.CreateSeededAsync();

        await AssertPagesAsync((p, n) => new SourceService(database.Factory).GetPageAsync(Today, p, n), pageSize, s => s.Source.Key);
        await AssertPagesAsync((p, n) => new PeopleService(database.Factory).GetRecordsPageAsync(Today, p, n), pageSize, r => r.Person.Key);
        await AssertPagesAsync((p, n) => new ClaimService(database.Factory).GetPageAsync(Today, p, n), pageSize, c => c.Key);
        await AssertPagesAsync((p, n) => new CommitmentService(database.Factory).GetPageAsync(Today, p, n), pageSize, c => c.Commitment.Key);
        await AssertPagesAsync((p, n) => new MeasureService(database.Factory).GetStatusPageAsync(Today, null, null, p, n), pageSize, m => m.Measure.Key);
        await AssertPagesAsync((p, n) => new IndicatorService(database.Factory).GetReleasesPageAsync(Today, p, n), pageSize, r => r.Key);
    }

    [Fact]
    public async Task ASourceOnAPageListsEveryRecordThatCitesIt()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var sources = new SourceService(database.Factory);
        var all = await sources.GetAllAsync(Today);
        var index = all.Select((s, i) => (s, i)).Single(x => x.s.Source.Key == "article-london-2025-06").i;

        var page = await sources.GetPageAsync(Today, index / 10 + 1, 10);

        var article = page.Items.Single(s => s.Source.Key == "article-london-2025-06");
        Assert.Equal(24, article.CitedBy.Count);
    }

    [Fact]
    public async Task ASourceThatOnlyMeasuresCiteListsTheMeasureAndItsChange()
    {
        await using var database = await TestDatabase.CreateSeededAsync();

        var source = await new SourceService(database.Factory).FindAsync("scram-news-2026-06-22", Today);

        Assert.NotNull(source);
        Assert.Equal(["cn-purchase-bar-46-us-firms", "cn-purchase-bar-46-us-firms-2026-06-22"], source.CitedBy.Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["measureChanges", "measures"], source.CitedBy.Select(c => c.Kind).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CommitmentsTheirProgressAndSuspendedItemsCountAmongWhatCitesASource()
    {
        await using var database = await TestDatabase.CreateSeededAsync();

        var all = await new SourceService(database.Factory).GetAllAsync(Today);

        var kinds = all.SelectMany(s => s.CitedBy).Select(c => c.Kind).ToHashSet();
        Assert.Contains("commitments", kinds);
        Assert.Contains("commitmentProgress", kinds);
        Assert.Contains("truceItems", kinds);
    }

    [Fact]
    public async Task APagePastTheEndIsTheLastPageAndAPageBelowOneIsTheFirst()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var sources = new SourceService(database.Factory);

        var past = await sources.GetPageAsync(Today, 1000, 10);
        var below = await sources.GetPageAsync(Today, -3, 10);

        Assert.Equal(past.PageCount, past.Page);
        Assert.NotEmpty(past.Items);
        Assert.Equal(1, below.Page);
    }

    private static async Task AssertPagesAsync<T>(Func<int, int, Task<Paged<T>>> load, int pageSize, Func<T, string> key)
    {
        var whole = await load(1, int.MaxValue);
        var first = await load(1, pageSize);
        var keys = new List<string>();
        for (var page = 1; page <= first.PageCount; page++)
        {
            var items = (await load(page, pageSize)).Items;
            Assert.InRange(items.Count, 1, pageSize);
            keys.AddRange(items.Select(key));
        }

        Assert.NotEmpty(whole.Items);
        Assert.Equal(whole.Total, first.Total);
        Assert.Equal(whole.Items.Select(key), keys);
    }
}
