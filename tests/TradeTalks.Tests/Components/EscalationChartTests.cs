using TradeTalks.Tariffs;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Tests.Components;

public sealed class EscalationChartTests : DashboardTestContext
{
    [Fact]
    public void ChartNamesBothDirectionsAndThePeakAndDescribesThemInWords()
    {
        var timeline = TariffTimeline.From(BundledRecords.TariffLayers);

        var chart = Render<EscalationChart>(p => p
            .Add(c => c.Timeline, timeline)
            .Add(c => c.Until, Instants.Eastern(2026, 11, 29)));

        // The SVG lines are drawn once the browser reports the chart's size; the browser tests cover that.
        Assert.Equal(
            ["US on Chinese goods", "China on US goods", "US peak 145%"],
            chart.FindAll(".chart-legend li").Select(li => li.TextContent.Trim()));
        Assert.Contains("US on Chinese goods: 0%; China on US goods: 10%; US peak 145% from 10 Apr 2025", chart.Find("figcaption").TextContent, StringComparison.Ordinal);
    }
}

public sealed class EscalationChartRangeTests : DashboardTestContext
{
    [Fact]
    public void ARangeAfterThePeakLeavesThePeakOut()
    {
        var timeline = TariffTimeline.From(BundledRecords.TariffLayers);

        var chart = Render<EscalationChart>(p => p
            .Add(c => c.Timeline, timeline)
            .Add(c => c.From, new DateOnly(2025, 6, 1))
            .Add(c => c.Until, Instants.Eastern(2025, 12, 31)));

        Assert.Equal(2, chart.FindAll(".chart-legend li").Count);
        Assert.Contains("1 Jun 2025 to 31 Dec 2025", chart.Find("figcaption").TextContent, StringComparison.Ordinal);
    }
}

public sealed class EscalationChartAverageTests : DashboardTestContext
{
    [Fact]
    public void PublishedAveragesAreTheirOwnSeriesAndAreNamedInTheCaption()
    {
        var timeline = TariffTimeline.From(BundledRecords.TariffLayers);
        var averages = new[] { Average(new DateOnly(2025, 4, 12), 124), Average(new DateOnly(2025, 5, 14), 51.1m) };

        var chart = Render<EscalationChart>(p => p
            .Add(c => c.Timeline, timeline)
            .Add(c => c.Averages, averages)
            .Add(c => c.Until, Instants.Eastern(2025, 6, 10)));

        Assert.Contains("US average over all layers, as last published (PIIE)", chart.FindAll(".chart-legend li").Select(li => li.TextContent.Trim()));
        Assert.Contains("Published US averages over all layers: 124% on 12 Apr 2025, 51.1% on 14 May 2025.", chart.Find("figcaption").TextContent, StringComparison.Ordinal);
    }

    private static TradeTalks.Indicators.IndicatorRelease Average(DateOnly day, decimal value) => new()
    {
        Key = $"avg-{day}",
        Indicator = "Average",
        Region = "US",
        Period = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        PeriodStart = day,
        Value = value,
        Unit = "%",
        Series = TradeTalks.Indicators.QuotedSeries.AverageUsOnChina,
    };
}

public sealed class StepChartLabelTests : DashboardTestContext
{
    [Theory]
    [InlineData(2, "step-chart-x-end3")]
    [InlineData(20, "step-chart-x-end1")]
    public void OnlyTheLabelOfATickNearTheRightEdgeIsMarkedForPinningWithHowNearItIs(int untilDay, string zone)
    {
        var timeline = TariffTimeline.From(BundledRecords.TariffLayers);

        // 1 Jun to 2 Dec: the 1 Dec tick is in the plot's last 2.5 %; to 20 Dec, in its last 12 % but not 5 %.
        var chart = Render<EscalationChart>(p => p
            .Add(c => c.Timeline, timeline)
            .Add(c => c.From, new DateOnly(2025, 6, 1))
            .Add(c => c.Until, Instants.Eastern(2025, 12, untilDay)));

        var labels = chart.FindAll(".step-chart-x span");
        Assert.StartsWith("Dec", labels[^1].TextContent, StringComparison.Ordinal);
        Assert.Contains(zone, labels[^1].ClassList);
        Assert.All(labels.SkipLast(1), label => Assert.DoesNotContain(label.ClassList, c => c.StartsWith("step-chart-x-end", StringComparison.Ordinal)));
    }

    [Fact]
    public void WithSixMonthLabelsAPhoneKeepsEveryOtherOneEndingWithTheLast()
    {
        var timeline = TariffTimeline.From(BundledRecords.TariffLayers);

        var chart = Render<EscalationChart>(p => p
            .Add(c => c.Timeline, timeline)
            .Add(c => c.From, new DateOnly(2025, 1, 1))
            .Add(c => c.Until, Instants.Eastern(2025, 7, 2)));

        var labels = chart.FindAll(".step-chart-x span");
        Assert.Equal(6, labels.Count);
        Assert.Equal(
            [true, false, true, false, true, false],
            labels.Select(label => label.ClassList.Contains("step-chart-x-minor")));
    }
}
