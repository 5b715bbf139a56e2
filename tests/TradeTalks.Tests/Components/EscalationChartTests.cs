using Bunit;
using TradeTalks.Store.Seed;
using TradeTalks.Tariffs;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Tests.Components;

public sealed class EscalationChartTests : DashboardTestContext
{
    [Fact]
    public void ChartDrawsBothDirectionsAsLines()
    {
        var timeline = TariffTimeline.From(new SeedData().TariffLayers);

        var chart = Render<EscalationChart>(p => p
            .Add(c => c.Timeline, timeline)
            .Add(c => c.Until, Instants.Eastern(2026, 11, 29)));

        Console.WriteLine(chart.Markup);
        Assert.NotEmpty(chart.FindAll("path.mud-chart-serie"));
    }
}
