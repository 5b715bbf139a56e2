using TradeTalks.Web.Components.Pages.Tariffs;

namespace TradeTalks.Tests.Components;

public sealed class TariffsViewTests : PageTestContext
{
    [Fact]
    public void AtThePeakTheBreakdownShowsBothUsLayers()
    {
        var page = RenderPage<TariffsView>("/tariffs?asOf=2025-04-20");

        page.WaitForAssertion(() => Assert.Equal("145", page.TestId("rate-us-on-cn")));
        var breakdown = page.TestId("layer-breakdown");
        Assert.Contains("125% \"Reciprocal\" tariff order", breakdown, StringComparison.Ordinal);
        Assert.Contains("20% Fentanyl emergency order", breakdown, StringComparison.Ordinal);
        Assert.Contains("not in the headline rate", breakdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TheChangeTableListsOnlyChangesInForceByTheAsOfDate()
    {
        var early = RenderPage<TariffsView>("/tariffs?asOf=2025-03-05");

        early.WaitForAssertion(() => Assert.Equal(4, early.FindAll("[data-testid=change-table] tbody tr").Count));
        Assert.Contains("10% → 20%", early.TestId("change-table"), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryChangeOnRecordIsInTheTableToday()
    {
        var page = RenderPage<TariffsView>("/tariffs");

        page.WaitForAssertion(() => Assert.Equal(20, page.FindAll("[data-testid=change-table] tbody tr").Count));
    }

    [Fact]
    public void AnUnknownChartRangeIsExplained()
    {
        var page = RenderPage<TariffsView>("/tariffs?range=decade");

        page.WaitForAssertion(() => Assert.Contains("is not a chart range", page.Markup, StringComparison.Ordinal));
        Assert.NotEmpty(page.FindAll("[data-testid=escalation-chart]"));
    }
}
