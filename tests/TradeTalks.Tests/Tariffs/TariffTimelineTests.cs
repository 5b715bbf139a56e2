using TradeTalks.Tariffs;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Tariffs;

public sealed class TariffTimelineTests
{
    private static readonly TariffTimeline Seeded = TariffTimeline.From(BundledRecords.TariffLayers);

    /// <summary>Every change of the headline rate in the seed: day, side, rate before, rate after.</summary>
    public static TheoryData<string, Side, int, int> HeadlineSteps => new()
    {
        { "2025-02-04", Side.UnitedStates, 0, 10 },
        { "2025-03-04", Side.UnitedStates, 10, 20 },
        { "2025-04-05", Side.UnitedStates, 20, 30 },
        { "2025-04-09", Side.UnitedStates, 30, 104 },
        { "2025-04-10", Side.UnitedStates, 104, 145 },
        { "2025-05-14", Side.UnitedStates, 145, 30 },
        { "2025-11-10", Side.UnitedStates, 30, 20 },
        { "2026-02-24", Side.UnitedStates, 0, 10 },
        { "2026-07-24", Side.UnitedStates, 10, 0 },
        { "2025-04-10", Side.China, 0, 84 },
        { "2025-04-12", Side.China, 84, 125 },
        { "2025-05-14", Side.China, 125, 10 },
    };

    [Theory]
    [MemberData(nameof(HeadlineSteps))]
    public void RateChangesExactlyWhenTheChangeTakesEffect(string day, Side imposer, int before, int after)
    {
        var effective = Instants.EffectiveOn(day);
        var direction = Seeded.For(imposer);

        Assert.Equal(before, direction.RateAt(effective.AddMinutes(-1)));
        Assert.Equal(after, direction.RateAt(effective));
        Assert.Equal(after, direction.RateAt(effective.AddMinutes(1)));
    }

    [Fact]
    public void StepSeriesListsEveryHeadlineChangeInOrderWithItsCause()
    {
        var steps = Seeded.UsOnChina.Steps;

        Assert.Equal([10m, 20m, 30m, 104m, 145m, 30m, 20m, 0m, 10m, 0m], steps.Select(s => s.To));
        Assert.Equal(steps.OrderBy(s => s.At), steps);
        Assert.All(steps, s => Assert.NotEmpty(s.Causes));
        Assert.All(steps.Skip(1).Zip(steps), pair => Assert.Equal(pair.Second.To, pair.First.From));
        Assert.Equal(["us-reciprocal-2025-04-10"], steps[4].Causes.Select(c => c.Key));
    }

    [Fact]
    public void RateBetweenChangesIsTheRateOfTheLastChange()
    {
        Assert.Equal(20, Seeded.UsOnChina.RateAt(Instants.Eastern(2025, 3, 20, 15)));
        Assert.Equal(145, Seeded.UsOnChina.RateAt(Instants.Eastern(2025, 4, 30, 9)));
        Assert.Equal(125, Seeded.ChinaOnUs.RateAt(Instants.Eastern(2025, 4, 30, 9)));
        Assert.Equal(30, Seeded.UsOnChina.RateAt(Instants.Eastern(2025, 6, 10, 12)));
        Assert.Equal(10, Seeded.ChinaOnUs.RateAt(Instants.Eastern(2025, 6, 10, 12)));
    }

    [Fact]
    public void BeforeThe2025TariffsTheAcrossTheBoardRateIsZeroButOlderDutiesOnNamedGoodsApply()
    {
        var newYear = Instants.Eastern(2025, 1, 1, 12);

        Assert.Equal(0, Seeded.UsOnChina.RateAt(newYear));
        Assert.Equal(0, Seeded.ChinaOnUs.RateAt(newYear));
        Assert.Empty(Seeded.UsOnChina.AcrossTheBoardAt(newYear));
        Assert.Contains(Seeded.UsOnChina.SectoralAt(newYear), l => l.Layer.Key == "us-301-lists-1-3" && l.Rate == 25);
        Assert.Contains(Seeded.UsOnChina.SectoralAt(newYear), l => l.Layer.Key == "us-301-2024-semiconductors" && l.Rate == 50);
        Assert.Contains(Seeded.ChinaOnUs.SectoralAt(newYear), l => l.Layer.Key == "cn-retaliation-2018" && l.SetBy.LowestRate == 5);
    }

    [Fact]
    public void TheEmergencyPowersLayersEndWhenCollectionStoppedNotOnTheRulingDay()
    {
        Assert.Equal(20, Seeded.UsOnChina.RateAt(Instants.Eastern(2026, 2, 20, 12)));
        Assert.Equal(20, Seeded.UsOnChina.RateAt(Instants.Eastern(2026, 2, 23, 23, 59)));
        Assert.Equal(0, Seeded.UsOnChina.RateAt(Instants.Eastern(2026, 2, 24)));
        var end = Seeded.UsOnChina.Changes.Single(c => c.Change.Key == "us-fentanyl-2026-02-20").Change;
        Assert.Equal(new DateOnly(2026, 2, 20), end.AnnouncedOn);
    }

    [Fact]
    public void PeakIs145PercentFromTenthAprilUntilGeneva()
    {
        var peak = Seeded.UsOnChina.Peak;

        Assert.NotNull(peak);
        Assert.Equal(145, peak.Rate);
        Assert.Equal(Instants.EffectiveOn("2025-04-10"), peak.From);
        Assert.Equal(Instants.EffectiveOn("2025-05-14"), peak.Until);
    }

    [Fact]
    public void ChinasPeakIs125Percent()
    {
        var peak = Seeded.ChinaOnUs.Peak;

        Assert.NotNull(peak);
        Assert.Equal(125, peak.Rate);
        Assert.Equal(Instants.EffectiveOn("2025-04-12"), peak.From);
    }

    [Fact]
    public void PeakAsOfAnEarlierDateIsTheHighestRateReachedByThen()
    {
        var peak = Seeded.UsOnChina.PeakUntil(Instants.Eastern(2025, 4, 9, 12));

        Assert.NotNull(peak);
        Assert.Equal(104, peak.Rate);
        Assert.Null(Seeded.UsOnChina.PeakUntil(Instants.Eastern(2025, 1, 15)));
    }

    [Fact]
    public void LayersAtThePeakAreFentanylAndReciprocal()
    {
        var layers = Seeded.UsOnChina.AcrossTheBoardAt(Instants.Eastern(2025, 4, 20));

        Assert.Equal(
            [("us-reciprocal", 125m), ("us-fentanyl", 20m)],
            layers.Select(l => (l.Layer.Key, l.Rate)));
        Assert.Equal(145, layers.Sum(l => l.Rate));
    }

    [Fact]
    public void AfterCollectionStoppedOnlyTheSection122SurchargeIsAcrossTheBoardOnChineseGoods()
    {
        var midnight = Instants.Eastern(2026, 2, 24);
        var afterSurcharge = Instants.Eastern(2026, 3, 1, 12);

        Assert.Empty(Seeded.UsOnChina.AcrossTheBoardAt(midnight));
        Assert.Equal(0, Seeded.UsOnChina.RateAt(midnight));
        var layer = Assert.Single(Seeded.UsOnChina.AcrossTheBoardAt(afterSurcharge));
        Assert.Equal(TariffAuthority.Section122Surcharge, layer.Layer.Authority);
        Assert.Equal(10, layer.Rate);
    }

    [Fact]
    public void ChinaKeepsTenPercentAfterTheRuling()
    {
        var afterRuling = Instants.Eastern(2026, 3, 1, 12);

        Assert.Equal(10, Seeded.ChinaOnUs.RateAt(afterRuling));
        Assert.Contains(Seeded.ChinaOnUs.LayersAt(afterRuling), l => l.Layer.Key == "cn-retaliatory" && l.Rate == 10);
    }

    [Fact]
    public void SectoralDutiesAreListedApartAndNotAddedToTheHeadlineRate()
    {
        var march = Instants.Eastern(2025, 3, 20, 12);

        Assert.Equal(0, Seeded.ChinaOnUs.RateAt(march));
        Assert.Equal(
            ["cn-retaliation-2018", "cn-energy-15", "cn-farm-15", "cn-energy-10", "cn-farm-10"],
            Seeded.ChinaOnUs.SectoralAt(march).Select(l => l.Layer.Key));
        Assert.DoesNotContain(Seeded.ChinaOnUs.Steps, s => s.At < Instants.EffectiveOn("2025-04-10"));
    }

    [Fact]
    public void FarmDutiesEndWithTheBusanTerms()
    {
        var after = Instants.Eastern(2025, 11, 11);

        Assert.DoesNotContain(Seeded.ChinaOnUs.SectoralAt(after), l => l.Layer.Key.StartsWith("cn-farm", StringComparison.Ordinal));
        Assert.Equal(["cn-retaliation-2018", "cn-energy-15", "cn-energy-10"], Seeded.ChinaOnUs.SectoralAt(after).Select(l => l.Layer.Key));
    }

    [Fact]
    public void EveryLayerChangeShowsTheLayersRateBeforeAndAfter()
    {
        var fentanyl = Seeded.Changes.Where(c => c.Change.Layer.Key == "us-fentanyl").ToList();

        Assert.Equal([(0m, 10m), (10m, 20m), (20m, 10m), (10m, 0m)], fentanyl.Select(c => (c.From, c.To)));
        Assert.Equal(Seeded.Changes.OrderBy(c => c.Change.EffectiveAt).Select(c => c.Change.EffectiveAt), Seeded.Changes.Select(c => c.Change.EffectiveAt));
    }

    [Fact]
    public void StepPointsDrawEachChangeAsAVerticalStep()
    {
        var from = Instants.Eastern(2025, 4, 1);
        var until = Instants.Eastern(2025, 6, 1);

        var points = Seeded.UsOnChina.StepPoints(from, until);

        Assert.Equal(
            [20m, 20m, 30m, 30m, 104m, 104m, 145m, 145m, 30m, 30m],
            points.Select(p => p.Rate));
        Assert.Equal(from, points[0].At);
        Assert.Equal(until, points[^1].At);
        Assert.Equal(points[1].At, points[2].At);
        Assert.Equal(Instants.EffectiveOn("2025-04-10"), points[5].At);
    }

    [Fact]
    public void NextStepAfterAnInstantIsTheScheduledChange()
    {
        var next = Seeded.UsOnChina.NextStepAfter(Instants.Eastern(2026, 5, 1));

        Assert.NotNull(next);
        Assert.Equal(Instants.EffectiveOn("2026-07-24"), next.At);
        Assert.Equal(0, next.To);
    }

    [Fact]
    public void LayersThatChangeAtTheSameInstantMakeOneStep()
    {
        var start = Instants.EffectiveOn("2030-01-01");
        var a = Layer("a", TariffScope.AcrossTheBoard, (start, 5, false), (start.AddDays(10), 0, true));
        var b = Layer("b", TariffScope.AcrossTheBoard, (start, 7, false), (start.AddDays(10), 3, false));
        var timeline = TariffTimeline.From([a, b]);

        Assert.Equal([(0m, 12m), (12m, 3m)], timeline.UsOnChina.Steps.Select(s => (s.From, s.To)));
        Assert.Equal(2, timeline.UsOnChina.Steps[1].Causes.Count);
    }

    [Fact]
    public void ChangesThatLeaveTheHeadlineRateAloneMakeNoStep()
    {
        var start = Instants.EffectiveOn("2030-01-01");
        var a = Layer("a", TariffScope.AcrossTheBoard, (start, 5, false), (start.AddDays(5), 8, false));
        var b = Layer("b", TariffScope.AcrossTheBoard, (start, 5, false), (start.AddDays(5), 2, false));
        var timeline = TariffTimeline.From([a, b]);

        Assert.Single(timeline.UsOnChina.Steps);
        Assert.Equal(10, timeline.UsOnChina.RateAt(start.AddDays(6)));
    }

    private static TariffLayer Layer(string key, TariffScope scope, params (DateTimeOffset At, decimal Rate, bool Ends)[] changes)
    {
        var layer = new TariffLayer
        {
            Key = key,
            Name = key,
            Imposer = Side.UnitedStates,
            Target = Side.China,
            Scope = scope,
            Authority = TariffAuthority.ReciprocalOrder,
        };
        layer.Changes = [.. changes.Select((c, i) => new TariffChange
        {
            Key = $"{key}-{i}",
            Layer = layer,
            Rate = c.Rate,
            EndsLayer = c.Ends,
            EffectiveAt = c.At,
            EffectiveOn = DateOnly.FromDateTime(c.At.Date),
            Cause = "test",
        })];
        return layer;
    }
}
