using TradeTalks.Tests.Support;
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
        Assert.Contains("125% \"Reciprocal\" tariff order", page.TestId("across-UnitedStates"), StringComparison.Ordinal);
        Assert.Contains("20% Fentanyl emergency order", page.TestId("across-UnitedStates"), StringComparison.Ordinal);
        Assert.Contains("not in the rate above", breakdown, StringComparison.Ordinal);
        Assert.Contains("25% Section 301 lists 1–3", page.TestId("named-Section301"), StringComparison.Ordinal);
        Assert.Contains("about $250bn", page.TestId("named-Section301"), StringComparison.Ordinal);
        Assert.Contains("25% Section 232: cars and car parts", page.TestId("named-Section232"), StringComparison.Ordinal);
        Assert.Contains("5–25% Retaliatory tariffs of 2018–2019", page.TestId("named-RetaliationOf2018"), StringComparison.Ordinal);
        Assert.Equal("124", page.TestId("avg-us-on-cn"));
    }

    [Fact]
    public void TheChangeTableListsOnlyChangesInForceByTheAsOfDate()
    {
        var early = RenderPage<TariffsView>("/tariffs?asOf=2025-03-05");

        early.WaitForAssertion(() => Assert.Contains("10% → 20%", early.TestId("change-table"), StringComparison.Ordinal));
        Assert.DoesNotContain("2025-04-05", early.TestId("change-table"), StringComparison.Ordinal);
        Assert.DoesNotContain("5 Apr 2025", early.TestId("change-table"), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryChangeOnRecordIsInTheTableToday()
    {
        var changes = DataSetFiles.Read(DataSetFiles.Bundled).TariffLayers.Sum(l => l.Changes.Count);

        var page = RenderPage<TariffsView>("/tariffs");

        page.WaitForAssertion(() => Assert.Equal(changes, page.FindAll("[data-testid=change-table] tbody tr").Count));
    }

    [Fact]
    public void AnUnknownChartRangeIsExplained()
    {
        var page = RenderPage<TariffsView>("/tariffs?range=decade");

        page.WaitForAssertion(() => Assert.Contains("is not a chart range", page.Markup, StringComparison.Ordinal));
        Assert.NotEmpty(page.FindAll("[data-testid=escalation-chart]"));
    }
}
