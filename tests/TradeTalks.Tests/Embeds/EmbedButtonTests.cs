using TradeTalks.Tests.Components;
using TradeTalks.Web.Components.Pages.Indicators;
using TradeTalks.Web.Components.Pages.Tariffs;
using TradeTalks.Web.Components.Pages.Truce;

namespace TradeTalks.Tests.Embeds;

/// <summary>The pages' Embed button and chart downloads, for the page's as-of date.</summary>
public sealed class EmbedButtonTests : PageTestContext
{
    [Fact]
    public void TheTrucePagesEmbedButtonGivesTheFrameOfTheTruceEmbedForThePagesDate()
    {
        var page = RenderPage<TruceView>("/truce?asOf=2025-06-10");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=embed-code-text]")));
        Assert.Equal("Embed", page.Find("[data-testid=embed-code] summary").TextContent.Trim());
        Assert.StartsWith("<iframe src=\"http://localhost/embed/truce?asOf=2025-06-10\" width=\"560\"", page.TestId("embed-code-text"), StringComparison.Ordinal);
        Assert.Contains("figures as of 10 Jun 2025", page.Find("[data-testid=embed-code] label").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTariffsPageOffersItsChartAsPngAndSvgForItsRangeAndTheChartEmbed()
    {
        var page = RenderPage<TariffsView>("/tariffs?asOf=2025-06-10&range=geneva");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=chart-png]")));
        Assert.Equal("/charts/escalation.png?range=geneva&asOf=2025-06-10", page.Find("[data-testid=chart-png]").GetAttribute("href"));
        Assert.Equal("/charts/escalation.svg?range=geneva&asOf=2025-06-10", page.Find("[data-testid=chart-svg]").GetAttribute("href"));
        Assert.Contains("/embed/chart?asOf=2025-06-10", page.TestId("embed-code-text"), StringComparison.Ordinal);
    }

    [Fact]
    public void EachIndicatorChartCanBeDownloaded()
    {
        var page = RenderPage<IndicatorsView>("/indicators?asOf=2026-11-29");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=chart-png]")));
        Assert.All(page.FindAll("[data-testid=chart-png]"), link => Assert.Matches(@"^/charts/indicators/[a-z0-9-]+\.png\?asOf=2026-11-29$", link.GetAttribute("href")));
    }
}
