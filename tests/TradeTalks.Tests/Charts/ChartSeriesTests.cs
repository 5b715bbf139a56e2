using TradeTalks.Tariffs;
using TradeTalks.Tests.Support;
using TradeTalks.Time;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Tests.Charts;

/// <summary>What a chart is given to draw: one point per step, never more points than its width can show.</summary>
public sealed class ChartSeriesTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ASeriesThatFitsIsDrawnAsItIs()
    {
        ChartPoint[] points = [new(Start, 10), new(Start.AddDays(30), 20), new(Start.AddDays(60), 10)];

        var thinned = ChartSeries.Thin(points, Start, Start.AddDays(90), slots: 10);

        Assert.Same(points, thinned);
    }

    [Fact]
    public void ALongSeriesKeepsAtMostThreePointsASlotWithItsPeaksAndItsLastValue()
    {
        // 20,000 steps over 1,000 days, a spike of 999 in the middle of them.
        var points = Enumerable.Range(0, 20_000)
            .Select(i => new ChartPoint(Start.AddHours(i * 1.2), i == 10_001 ? 999 : i % 7))
            .ToList();
        var end = points[^1].At;

        var thinned = ChartSeries.Thin(points, Start, end, slots: 150);

        Assert.InRange(thinned.Count, 150, 450);
        Assert.Contains(thinned, p => p.Value == 999);
        Assert.Equal(points[^1], thinned[^1]);
        Assert.Equal(points[0], thinned[0]);
        Assert.True(thinned.Zip(thinned.Skip(1)).All(pair => pair.First.At <= pair.Second.At), "the points stay in time order");
    }

    [Fact]
    public async Task TheHeadlineRateHasOnePointPerStepAndTheStepsMatchTheRates()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var headline = await database.Get<TariffService>().GetHeadlineAsync(AsOf.EndOf(new DateOnly(2026, 11, 29)));
        var us = headline.Timeline.UsOnChina;

        Assert.NotEmpty(us.Steps);
        Assert.Equal(us.Steps.Count, us.Steps.Select(s => s.At).Distinct().Count());
        Assert.All(us.Steps, step =>
        {
            Assert.NotEqual(step.From, step.To);
            Assert.Equal(step.To, us.RateAt(step.At));
            Assert.Equal(step.From, us.RateAt(step.At.AddTicks(-1)));
        });
    }
}
