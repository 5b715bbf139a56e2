using TradeTalks.Tests.Support;
using TradeTalks.Web.Components.Pages.Claims;
using TradeTalks.Web.Components.Pages.Indicators;
using TradeTalks.Web.Components.Pages.Officials;
using TradeTalks.Web.Components.Pages.Sources;

namespace TradeTalks.Tests.Components;

public sealed class OtherPagesTests : PageTestContext
{
    [Fact]
    public void OfficialsAreGroupedByDelegationWithTheirTalks()
    {
        var page = RenderPage<OfficialsView>("/officials");

        page.WaitForAssertion(() => Assert.Equal(9, page.FindAll("[data-testid=person-card]").Count));
        var greer = page.FindAll("[data-testid=person-card]").Single(c => c.TextContent.Contains("Jamieson Greer", StringComparison.Ordinal));
        Assert.Contains("Talks (6)", greer.TextContent, StringComparison.Ordinal);
        Assert.Contains("Other voices", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void IndicatorsShowTheSurpriseAgainstExpectations()
    {
        var page = RenderPage<IndicatorsView>("/indicators");

        page.WaitForAssertion(() => Assert.Equal(DataSetFiles.Read(DataSetFiles.Bundled).IndicatorReleases.Count, page.FindAll("[data-testid=indicator-table] tbody tr").Count));
        var imports = page.FindAll("[data-testid=indicator-table] tbody tr").Single(r => r.TextContent.Contains("China imports", StringComparison.Ordinal));
        Assert.Contains("−2.5 pts", imports.TextContent, StringComparison.Ordinal);
        Assert.Contains("Average US tariff on Chinese goods", page.Find("h2").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void BeforeAnyFigureWasPublishedTheIndicatorsPageSaysSo()
    {
        var page = RenderPage<IndicatorsView>("/indicators?asOf=2025-01-02");

        page.WaitForAssertion(() => Assert.Contains("No indicator had been released", page.TestId("indicators-empty"), StringComparison.Ordinal));
    }

    [Fact]
    public void AnUndatedFigureShowsOnceItsSourceWasPublished()
    {
        var page = RenderPage<IndicatorsView>("/indicators?asOf=2025-02-01");

        page.WaitForAssertion(() => Assert.Contains("rare-earth mining", page.TestId("indicator-table"), StringComparison.Ordinal));
        Assert.Equal(2, page.FindAll("[data-testid=indicator-table] tbody tr").Count);
    }

    [Fact]
    public void ClaimsAreSplitByTheSideMakingThem()
    {
        var page = RenderPage<ClaimsView>("/claims");

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-testid=claim]").Count));
        Assert.Contains("slow-rolling", page.Markup, StringComparison.Ordinal);
        Assert.Contains("Promise no text confirms", page.Markup, StringComparison.Ordinal);
        Assert.Contains("Settled 3 Jul 2025", page.TestId("claim-resolution"), StringComparison.Ordinal);
    }

    [Fact]
    public void BeforeTheAccusationsOfJuneNoClaimOfChinasIsOnRecordAndNoneIsSettled()
    {
        var page = RenderPage<ClaimsView>("/claims?asOf=2025-06-01");

        page.WaitForAssertion(() => Assert.Contains("No claim on record", page.Markup, StringComparison.Ordinal));
        Assert.Single(page.FindAll("[data-testid=claim]"));
        Assert.Empty(page.FindAll("[data-testid=claim-resolution]"));
    }

    [Fact]
    public void ARecordListsOnlyTheSourcesPublishedByTheAsOfDate()
    {
        var june = RenderPage<ClaimsView>("/claims?asOf=2025-06-20");

        june.WaitForAssertion(() => Assert.NotEmpty(june.FindAll("[data-testid=claim]")));
        Assert.DoesNotContain("CNN", june.Markup, StringComparison.Ordinal);
        Assert.Empty(june.FindAll("[data-testid=claim-resolution]"));
    }

    [Fact]
    public void OnceTheCurbsWereLiftedTheClaimShowsItsResolutionAndItsSource()
    {
        var july = RenderPage<ClaimsView>("/claims?asOf=2025-07-10");

        july.WaitForAssertion(() => Assert.Contains("CNN", july.Markup, StringComparison.Ordinal));
        Assert.Contains("Settled 3 Jul 2025", july.TestId("claim-resolution"), StringComparison.Ordinal);
    }

    [Fact]
    public void SourcesAreListedTwentyFiveToAPageWithWhatCitesThem()
    {
        var total = DataSetFiles.Read(DataSetFiles.Bundled).Sources.Count;
        var last = (total + 24) / 25;

        // A page past the end shows the last one.
        var page = RenderPage<SourcesView>("/sources?page=999");

        page.WaitForAssertion(() => Assert.Equal(total - (last - 1) * 25, page.FindAll("[data-testid=source]").Count));
        Assert.Contains($">{last}<", page.Find("[data-testid=sources-pager] [aria-current=page]").OuterHtml, StringComparison.Ordinal);
        Assert.All(page.FindAll("[data-testid=source]"), s => Assert.Contains("Cited by", s.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SourcesPublishedAfterTheAsOfDateAreLeftOut()
    {
        // The day the AP timeline (the copy read is dated 11 June 2025) became known.
        var known = DataSetFiles.Read(DataSetFiles.Bundled).Sources.Count(s => s.PublishedOn is null || s.PublishedOn <= new DateOnly(2025, 6, 11));
        var pages = (known + 24) / 25;

        // Every page of the list at that date, 25 a page: together they hold exactly the sources known by then.
        var shown = new List<string>();
        for (var number = 1; number <= pages; number++)
        {
            var page = RenderPage<SourcesView>($"/sources?asOf=2025-06-11&page={number}");
            page.WaitForAssertion(() => Assert.Equal(Math.Min(25, known - (number - 1) * 25), page.FindAll("[data-testid=source]").Count));
            Assert.DoesNotContain("BBC", page.Markup, StringComparison.Ordinal);
            shown.AddRange(page.FindAll("[data-testid=source]").Select(s => s.TextContent));
            await DisposeComponentsAsync();
        }

        Assert.Equal(known, shown.Count);
        var ap = shown.Single(s => s.Contains("Associated Press (via Star Tribune)", StringComparison.Ordinal));
        Assert.DoesNotContain("2025-11-10", ap, StringComparison.Ordinal);
        Assert.Contains("Fentanyl emergency order: 20% from 2025-03-04", ap, StringComparison.Ordinal);
    }
}
