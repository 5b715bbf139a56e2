using Microsoft.EntityFrameworkCore;
using TradeTalks.DataSets;
using TradeTalks.People;
using TradeTalks.Sources;
using TradeTalks.Store;
using TradeTalks.Tests.Support;
using TradeTalks.Time;

namespace TradeTalks.Tests.Store;

public sealed class SeedTests
{
    [Fact]
    public async Task SeedingAnEmptyStoreStoresEveryRecordOfTheBundledDataSet()
    {
        await using var database = await TestDatabase.CreateSeededAsync();

        var exported = await new DataSetExporter(database.Factory).ExportAsync();

        Assert.Equal(DataSetJson.Serialize(DataSetFiles.Read(DataSetFiles.Bundled)), DataSetJson.Serialize(exported));
    }

    [Fact]
    public async Task EveryRecordCitesAtLeastOneSource()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.NewContext();

        async Task AssertSourced<T>(IQueryable<T> records) where T : class, ISourced
        {
            var unsourced = await records.Where(r => !r.Sources.Any()).Select(r => r.Key).ToListAsync();
            Assert.True(unsourced.Count == 0, $"{typeof(T).Name} without a source: {string.Join(", ", unsourced)}");
        }

        await AssertSourced(db.People);
        await AssertSourced(db.Talks);
        await AssertSourced(db.TariffLayers);
        await AssertSourced(db.TariffChanges);
        await AssertSourced(db.TruceWindows);
        await AssertSourced(db.TruceExtensions);
        await AssertSourced(db.IndicatorReleases);
        await AssertSourced(db.Statements);
        await AssertSourced(db.Claims);
        await AssertSourced(db.Developments);
    }

    [Fact]
    public async Task SeedingTwiceAddsNothing()
    {
        await using var database = await TestDatabase.CreateSeededAsync();

        var added = await database.NewSeeder().SeedAsync();

        Assert.Equal(0, added);
    }

    [Fact]
    public async Task SeedingNeverOverwritesAnEditedRecordAndRestoresOnlyWhatIsMissing()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using (var db = database.NewContext())
        {
            var greer = await db.People.SingleAsync(p => p.Key == "jamieson-greer");
            greer.Title = "Edited title";
            var call = await db.Talks.SingleAsync(t => t.Key == "call-2025-09-19");
            db.Talks.Remove(call);
            await db.SaveChangesAsync();
        }

        var added = await database.NewSeeder().SeedAsync();

        await using var check = database.NewContext();
        Assert.Equal("Edited title", (await check.People.SingleAsync(p => p.Key == "jamieson-greer")).Title);
        Assert.True(await check.Talks.AnyAsync(t => t.Key == "call-2025-09-19"));
        Assert.True(added > 0);
    }

    [Fact]
    public async Task AStoredRecordThatClashesWithTheSeedLeavesTheStoreServedAsItIs()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using (var db = database.NewContext())
        {
            // An editor moved the first fentanyl change onto the day of the second, and deleted the second.
            db.TariffChanges.Remove(await db.TariffChanges.SingleAsync(c => c.Key == "us-fentanyl-2025-03-04"));
            await db.SaveChangesAsync();
            (await db.TariffChanges.SingleAsync(c => c.Key == "us-fentanyl-2025-02-04")).EffectiveAt = Instants.EffectiveOn("2025-03-04");
            await db.SaveChangesAsync();
        }

        await database.Get<StoreInitializer>().InitializeAsync();

        await using var check = database.NewContext();
        Assert.False(await check.TariffChanges.AnyAsync(c => c.Key == "us-fentanyl-2025-03-04"));
        Assert.True(await check.Talks.AnyAsync());
    }

    [Fact]
    public async Task AnEditThroughTheWritePathMovesTheFreshnessLineToItsTime()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var freshness = new FreshnessService(database.Factory);

        var today = new DateOnly(2026, 11, 29);
        var before = await freshness.GetAsync(AsOf.EndOf(today));
        Assert.Null(before.LastEdit);
        Assert.Equal(new DateOnly(2026, 6, 22), before.LatestSource);
        Assert.Equal(new DateOnly(2025, 6, 9), (await freshness.GetAsync(AsOf.EndOf(new DateOnly(2025, 6, 9)))).LatestSource);

        // Every write goes through the one write path, which records a change set: that is what the line reads.
        var editor = database.NewEditor();
        var talk = (await editor.FindAsync("talks", "london-2025-06"))!;
        var edited = talk.DeepClone().AsObject();
        edited["outcome"] = "Revised outcome";
        await editor.SaveAsync("talks", talk, edited, "ed@example.org");

        var after = await freshness.GetAsync(AsOf.EndOf(today));
        Assert.Equal(database.Time.GetUtcNow(), after.LastEdit);
        Assert.Equal(new DateOnly(2026, 11, 29), after.AsOfDay);
    }

    [Fact]
    public async Task TheLondonRoundHasBothDelegations()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.NewContext();

        var london = await db.Talks.Include(t => t.Participants).SingleAsync(t => t.Key == "london-2025-06");

        Assert.Equal(new DateOnly(2025, 6, 9), london.FirstDay);
        Assert.Equal(new DateOnly(2025, 6, 10), london.LastDay);
        Assert.Equal(
            ["Howard Lutnick", "Jamieson Greer", "Scott Bessent"],
            london.Participants.Where(p => p.Side == Side.UnitedStates).Select(p => p.Name).Order());
        Assert.Equal(
            ["He Lifeng", "Li Chenggang", "Wang Wentao"],
            london.Participants.Where(p => p.Side == Side.China).Select(p => p.Name).Order());
    }

    [Fact]
    public async Task AnAnalystIsACommentatorNotAnOfficial()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.NewContext();

        var analyst = await db.People.SingleAsync(p => p.Key == "swetha-ramachandran");

        Assert.Equal(PersonRole.Commentator, analyst.Role);
        Assert.Equal(Side.Other, analyst.Side);
    }

    [Fact]
    public async Task DisputedFiguresKeepTheBetterSupportedValueAndNoteTheOther()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.NewContext();

        var surcharge = await db.TariffChanges.SingleAsync(c => c.Key == "us-section-122-2026-02-24");
        var extension = await db.TruceExtensions.SingleAsync(e => e.Key == "geneva-truce-extension-1");

        Assert.Equal(10, surcharge.Rate);
        Assert.Contains("15%", surcharge.Note, StringComparison.Ordinal);
        Assert.Equal(Instants.EffectiveOn("2025-11-10"), extension.NewDeadline);
        Assert.Contains("9 November", extension.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorsHoldTheArticlesFigures()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.NewContext();

        var imports = await db.IndicatorReleases.SingleAsync(i => i.Key == "china-imports-2025-05");
        var oecd = await db.IndicatorReleases.SingleAsync(i => i.Key == "oecd-world-growth-2025-06");

        Assert.Equal(-3.4m, imports.Value);
        Assert.Equal(-2.5m, imports.Surprise);
        Assert.Equal(2.9m, oecd.Value);
        Assert.Equal(3.1m, oecd.Prior);
    }

    [Fact]
    public async Task InstantsSurviveTheRoundTripThroughTheStore()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.NewContext();

        var change = await db.TariffChanges.SingleAsync(c => c.Key == "us-reciprocal-2025-04-10");
        var later = await db.TariffChanges.Where(c => c.EffectiveAt > Instants.EffectiveOn("2026-07-01")).Select(c => c.Key).ToListAsync();

        Assert.Equal(Instants.EffectiveOn("2025-04-10"), change.EffectiveAt);
        Assert.Equal(["us-section-122-2026-07-24"], later);
    }
}
