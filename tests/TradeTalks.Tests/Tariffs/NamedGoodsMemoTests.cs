using Microsoft.Extensions.Time.Testing;
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
        var memoized = new TariffService(database.Factory, new NamedGoodsMemo(database.Time));
        var days = Enumerable.Range(0, 60).Select(i => new DateOnly(2018, 1, 1).AddDays(i * 53)).ToList();

        // Forwards, backwards, and again: every answer from memory must be the one a fresh count gives.
        foreach (var day in days.Concat(Enumerable.Reverse(days)).Concat(days))
        {
            var asOf = AsOf.EndOf(day);
            var expected = (await Fresh(database).GetHeadlineAsync(asOf)).NamedGoods;
            var actual = (await memoized.GetHeadlineAsync(asOf)).NamedGoods;
            Assert.Equal(Describe(expected), Describe(actual));
        }
    }

    [Fact]
    public async Task RememberedPagesOfDutiesEqualFreshOnesOnEveryDay()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var memo = new NamedGoodsMemo(database.Time);
        var memoized = new TariffService(database.Factory, memo);
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
                    var expected = await Fresh(database).GetNamedGoodsAsync(side, asOf, page, 2);
                    var actual = await memoized.GetNamedGoodsAsync(side, asOf, page, 2);
                    Assert.Equal(Describe(expected), Describe(actual));
                    Assert.True(memo.TryGetPage(asOf.Instant, side, page, 2, out _), $"page {page} for {day} was not remembered");
                    pagesSeen += expected.Count > 0 ? 1 : 0;
                }
            }
        }

        Assert.True(pagesSeen > 20, $"only {pagesSeen} pages held any duty: the comparison says little");
    }

    [Fact]
    public async Task AWriteMakesTheCountsAndPagesBeWorkedOutAgain()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        // As the app wires them: the writer tells the service's memo of each write.
        var tariffs = database.Get<TariffService>();
        var editor = database.NewEditor();
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

    [Fact]
    public void ARememberedPageAnswersForItsWholeSpanButNotAtItsEndNorAfterAMinute()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        var memo = new NamedGoodsMemo(time);
        var from = new DateTimeOffset(2025, 4, 9, 4, 1, 0, TimeSpan.Zero);
        var until = new DateTimeOffset(2025, 5, 14, 4, 1, 0, TimeSpan.Zero);
        memo.Remember(from, until, new Dictionary<Side, NamedGoodsDuties>(), memo.Writes);

        memo.RememberPage(from.AddDays(3), Side.UnitedStates, 2, 30, [7, 8, 9], memo.Writes);

        Assert.True(memo.TryGetPage(from, Side.UnitedStates, 2, 30, out var ids));
        Assert.Equal([7, 8, 9], ids);
        Assert.True(memo.TryGetPage(until.AddTicks(-10), Side.UnitedStates, 2, 30, out _));
        Assert.False(memo.TryGetPage(until, Side.UnitedStates, 2, 30, out _));
        Assert.False(memo.TryGetPage(from.AddTicks(-10), Side.UnitedStates, 2, 30, out _));
        Assert.False(memo.TryGetPage(from, Side.China, 2, 30, out _));
        Assert.False(memo.TryGetPage(from, Side.UnitedStates, 1, 30, out _));

        time.Advance(TimeSpan.FromMinutes(1));
        Assert.False(memo.TryGetPage(from, Side.UnitedStates, 2, 30, out _));
    }

    [Fact]
    public async Task AnAnswerReadBeforeAWriteIsNotKeptAfterIt()
    {
        var memo = new NamedGoodsMemo(new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero)));
        var at = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var before = memo.Writes;

        // A reader read the counts and a page; a write lands before it remembers them.
        await memo.StoreWrittenAsync();
        memo.Remember(null, null, new Dictionary<Side, NamedGoodsDuties>(), before);
        memo.Remember(null, null, new Dictionary<Side, NamedGoodsDuties>(), memo.Writes);
        memo.RememberPage(at, Side.UnitedStates, 1, 30, [1, 2], before);

        Assert.True(memo.TryGet(at, out _));
        Assert.False(memo.TryGetPage(at, Side.UnitedStates, 1, 30, out _));
    }

    private static string Describe(IReadOnlyList<LayerRate> page) =>
        string.Join("; ", page.Select(l => $"{l.Layer.Key} {l.Rate} {l.SetBy.Key} {string.Join(",", l.SetBy.Sources.Select(s => s.Key))}"));

    private static string Describe(IReadOnlyDictionary<Side, NamedGoodsDuties> named) =>
        string.Join("; ", named.OrderBy(n => n.Key).Select(n => $"{n.Key}: {n.Value.InForce} {string.Join(",", n.Value.Authorities)} {n.Value.LatestChangeAt:O}"));

    /// <summary>A service that remembers nothing yet (its memo is new): asked once, it works the counts out again.</summary>
    private static TariffService Fresh(TestDatabase database) => new(database.Factory, new NamedGoodsMemo(database.Time));
}
