using TradeTalks.Indicators;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Components.Pages.Indicators;

namespace TradeTalks.Tests.Components;

public sealed class IndicatorChartTests : DashboardTestContext
{
    private static IndicatorRelease Release(string key, string period, DateOnly start, decimal value) => new()
    {
        Key = key,
        Indicator = "China exports to the US (USD, year on year)",
        Region = "China",
        Period = period,
        PeriodStart = start,
        Value = value,
        Unit = "%",
    };

    [Fact]
    public void EachPointIsNamedByItsPeriodAndFigure()
    {
        var series = new IndicatorSeries("China exports to the US (USD, year on year)", "%",
        [
            Release("exports-2025-04", "Apr 2025", new DateOnly(2025, 4, 1), -21m),
            Release("exports-2025-05", "May 2025", new DateOnly(2025, 5, 1), -34.5m),
        ]);

        var chart = Render<IndicatorChart>(p => p.Add(c => c.Series, series));

        Assert.Equal(["Apr 2025: -21%", "May 2025: -34.5%"], chart.FindAll("svg title").Select(t => t.TextContent));
    }

    [Fact]
    public void ReleasesOfOnePeriodWithTheSameFigureAreDrawnAsOnePointNamingEachPeriodOnce()
    {
        // A first estimate, a revision that confirmed it, and the estimate recorded twice (from two sources): the same
        // period start and the same figure.
        var series = new IndicatorSeries("China exports to the US (USD, year on year)", "%",
        [
            Release("exports-2025-04", "Apr 2025", new DateOnly(2025, 4, 1), -21m),
            Release("exports-2025-04-revised", "Apr 2025 (revised)", new DateOnly(2025, 4, 1), -21m),
            Release("exports-2025-04-again", "Apr 2025", new DateOnly(2025, 4, 1), -21m),
            Release("exports-2025-05", "May 2025", new DateOnly(2025, 5, 1), -34.5m),
        ]);

        var chart = Render<IndicatorChart>(p => p.Add(c => c.Series, series));

        Assert.Equal(["Apr 2025 and Apr 2025 (revised): -21%", "May 2025: -34.5%"], chart.FindAll("svg title").Select(t => t.TextContent));
        Assert.Contains("Apr 2025 -21%; Apr 2025 (revised) -21%; Apr 2025 -21%; May 2025 -34.5%", chart.Find("figcaption").TextContent, StringComparison.Ordinal);
    }
}
