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
    public void ALayersFirstChangeOnRecordIsNotShownAsARiseFromZero()
    {
        var page = RenderPage<TariffsView>("/tariffs");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=change-table] tbody tr")));
        var list4a = page.FindAll("[data-testid=change-table] tbody tr").Single(r => r.TextContent.Contains("list 4A", StringComparison.Ordinal));
        Assert.Contains("First on record: 7.5%", list4a.TextContent, StringComparison.Ordinal);
        var retaliation = page.FindAll("[data-testid=change-table] tbody tr").Single(r => r.TextContent.Contains("2018–2019", StringComparison.Ordinal) && r.TextContent.Contains("China", StringComparison.Ordinal));
        Assert.Contains("First on record: 5–25%", retaliation.TextContent, StringComparison.Ordinal);
        Assert.Contains("20% → 10%", page.TestId("change-table"), StringComparison.Ordinal);
    }

    [Fact]
    public void StepsAMinuteApartOnOneDayReadAsTheOneChangeTheyAre()
    {
        // On 24 February 2026 the emergency layers ended at midnight and the surcharge began at 00:01.
        var page = RenderPage<TariffsView>("/tariffs?asOf=2026-03-01");

        page.WaitForAssertion(() => Assert.Equal("10", page.TestId("rate-us-on-cn")));
        var lastChange = System.Text.RegularExpressions.Regex.Replace(page.TestId("rate-us-on-cn-last-change"), @"\s+", " ");
        Assert.Equal("Across the board: −10 pts on 24 Feb 2026, from 20%", lastChange);
    }

    [Fact]
    public void AnUnknownChartRangeIsExplained()
    {
        var page = RenderPage<TariffsView>("/tariffs?range=decade");

        page.WaitForAssertion(() => Assert.Contains("is not a chart range", page.Markup, StringComparison.Ordinal));
        Assert.NotEmpty(page.FindAll("[data-testid=escalation-chart]"));
    }
}
