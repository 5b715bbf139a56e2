using Microsoft.Extensions.Logging.Abstractions;
using TradeTalks.DataSets;
using TradeTalks.Editing;
using TradeTalks.Tariffs;
using TradeTalks.Tests.Support;
using TradeTalks.Time;

namespace TradeTalks.Tests.Tariffs;

/// <summary>
/// The remembered named-goods counts and pages answer exactly what working them out again would, and forget on a write.
/// </summary>
public sealed class NamedGoodsMemoTests
{
    [Fact]
    public async Task RememberedCountsEqualFreshOnesOnEveryDayWhateverTheOrderOfAsking()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var fresh = new TariffService(database.Factory);
        var memoized = new TariffService(database.Factory, new NamedGoodsMemo(database.Time));
        var days = Enumerable.Range(0, 60).Select(i => new DateOnly(2018, 1, 1).AddDays(i * 53)).ToList();

        // Forwards, backwards, and again: every answer from memory must be the one a fresh count gives.
        foreach (var day in days.Concat(Enumerable.Reverse(days)).Concat(days))
        {
            var asOf = AsOf.EndOf(day);
            var expected = (await fresh.GetHeadlineAsync(asOf)).NamedGoods;
            var actual = (await memoized.GetHeadlineAsync(asOf)).NamedGoods;
            Assert.Equal(Describe(expected), Describe(actual));
        }
    }

    [Fact]
    public async Task RememberedPagesOfDutiesEqualFreshOnesOnEveryDay()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var fresh = new TariffService(database.Factory);
        var memoized = new TariffService(database.Factory, new NamedGoodsMemo(database.Time));
        var days = Enumerable.Range(0, 40).Select(i => new DateOnly(2018, 1, 1).AddDays(i * 80)).ToList();
        var pagesSeen = 0;

        // Each day twice, so the second asking of a page comes from memory; small pages, so there are several.
        foreach (var day in days.Concat(days))
        {
            var asOf = AsOf.EndOf(day);
            await memoized.GetHeadlineAsync(asOf);
            foreach (var side in new[] { Side.UnitedStates, Side.China })
            {
                for (var page = 1; page <= 3; page++)
                {
                    var expected = await fresh.GetNamedGoodsAsync(side, asOf, page, 2);
                    var actual = await memoized.GetNamedGoodsAsync(side, asOf, page, 2);
                    Assert.Equal(Describe(expected), Describe(actual));
                    pagesSeen += expected.Count > 0 ? 1 : 0;
                }
            }
        }

        Assert.True(pagesSeen > 20, $"only {pagesSeen} pages held any duty: the comparison says little");
    }

    [Fact]
    public async Task AWriteMakesTheCountsBeWorkedOutAgain()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var memo = new NamedGoodsMemo(database.Time);
        var tariffs = new TariffService(database.Factory, memo);
        var writer = new StoreWriter(database.Factory, database.Time, NullLogger<StoreWriter>.Instance, [memo]);
        var editor = new RecordEditor(database.Factory, writer, new DataSetExporter(database.Factory));
        var now = AsOf.EndOf(new DateOnly(2026, 11, 29));
        var before = (await tariffs.GetHeadlineAsync(now)).NamedGoodsOf(Side.UnitedStates).InForce;
        Assert.Equal(before, (await tariffs.GetNamedGoodsAsync(Side.UnitedStates, now, 1, 1000)).Count);

        // End one US named-goods duty today.
        var layers = await editor.ListAsync("tariffLayers");
        var layer = layers.First(l => (string?)l["scope"] == "Sectoral" && (string?)l["imposer"] == "UnitedStates");
        var edited = layer.DeepClone().AsObject();
        edited["changes"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
        {
            ["key"] = "ended-for-the-test", ["rate"] = 0, ["endsLayer"] = true, ["effectiveOn"] = "2026-11-28",
            ["cause"] = "Lifted, for the test.", ["sources"] = new System.Text.Json.Nodes.JsonArray("article-london-2025-06"),
        });
        await editor.SaveAsync("tariffLayers", layer, edited, "ed@example.org");

        var after = (await tariffs.GetHeadlineAsync(now)).NamedGoodsOf(Side.UnitedStates).InForce;
        Assert.Equal(before - 1, after);
        var listed = await tariffs.GetNamedGoodsAsync(Side.UnitedStates, now, 1, 1000);
        Assert.Equal(after, listed.Count);
        Assert.DoesNotContain(listed, l => l.Layer.Key == (string?)layer["key"]);
    }

    private static string Describe(IReadOnlyList<LayerRate> page) =>
        string.Join("; ", page.Select(l => $"{l.Layer.Key} {l.Rate} {l.SetBy.Key} {string.Join(",", l.SetBy.Sources.Select(s => s.Key))}"));

    private static string Describe(IReadOnlyDictionary<Side, NamedGoodsDuties> named) =>
        string.Join("; ", named.OrderBy(n => n.Key).Select(n => $"{n.Key}: {n.Value.InForce} {string.Join(",", n.Value.Authorities)} {n.Value.LatestChangeAt:O}"));
}
