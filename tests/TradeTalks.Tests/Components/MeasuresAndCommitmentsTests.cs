using TradeTalks.Tests.Support;
using TradeTalks.Web.Components.Pages.Commitments;
using TradeTalks.Web.Components.Pages.Measures;

namespace TradeTalks.Tests.Components;

public sealed class MeasuresAndCommitmentsTests : PageTestContext
{
    [Fact]
    public void EveryMeasureOnRecordIsShownWithItsStandingAndHistory()
    {
        var page = RenderPage<MeasuresView>("/measures");

        page.WaitForAssertion(() => Assert.Equal(DataSetFiles.Read(DataSetFiles.Bundled).Measures.Count, page.FindAll("[data-testid=measure]").Count));
        var rareEarths = page.FindAll("[data-testid=measure]").Single(m => m.TextContent.Contains("Wider rare-earth export controls", StringComparison.Ordinal));
        Assert.Contains("Suspension deadline passed (10 Nov 2026); no extension or lapse on record", rareEarths.TextContent, StringComparison.Ordinal);
        Assert.Contains("9 Oct 2025", rareEarths.TextContent, StringComparison.Ordinal);
        Assert.Contains("Suspended until 10 Nov 2026, 00:01 US Eastern", rareEarths.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void OnAnEarlierDateAMeasureShowsOnlyWhatWasOnRecordThen()
    {
        var page = RenderPage<MeasuresView>("/measures?asOf=2025-10-20");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=measure]")));
        var rareEarths = page.FindAll("[data-testid=measure]").Single(m => m.TextContent.Contains("Wider rare-earth export controls", StringComparison.Ordinal));
        Assert.Equal("In force", rareEarths.QuerySelector("[data-testid=measure-standing]")!.TextContent);
        Assert.DoesNotContain("Suspended", rareEarths.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.FindAll("[data-testid=measure]"), m => m.TextContent.Contains("H200", StringComparison.Ordinal));
    }

    [Fact]
    public void FiltersInTheAddressNarrowTheListAndABadOneIsNamed()
    {
        var china = RenderPage<MeasuresView>("/measures?side=China&kind=Licensing");

        china.WaitForAssertion(() => Assert.Equal(2, china.FindAll("[data-testid=measure]").Count));
        Assert.All(china.FindAll("[data-testid=measure]"), m => Assert.Contains("Licensing", m.TextContent, StringComparison.Ordinal));
        Assert.Contains("rare earths", china.Markup, StringComparison.Ordinal);
        Assert.Contains("fentanyl precursors", china.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSideFilterKeepsOnlyThatSidesMeasures()
    {
        var us = RenderPage<MeasuresView>("/measures?side=UnitedStates");
        us.WaitForAssertion(() => Assert.NotEmpty(us.FindAll("[data-testid=measure]")));
        Assert.DoesNotContain(us.FindAll("[data-testid=measure]"), m => m.TextContent.Contains("China", StringComparison.Ordinal) && !m.TextContent.Contains("US", StringComparison.Ordinal));
        Assert.Contains("Entity-list affiliates rule", us.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Chinese port fees on US ships", us.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownFilterIsExplainedAndEverythingShown()
    {
        var page = RenderPage<MeasuresView>("/measures?kind=Embargo");

        page.WaitForAssertion(() => Assert.Contains("\"Embargo\" is not a kind of measure", page.Markup, StringComparison.Ordinal));
        Assert.Equal(DataSetFiles.Read(DataSetFiles.Bundled).Measures.Count, page.FindAll("[data-testid=measure]").Count);
    }

    [Fact]
    public void BeforeAnyMeasureTheListSaysSo()
    {
        var page = RenderPage<MeasuresView>("/measures?asOf=2025-01-02");

        page.WaitForAssertion(() => Assert.Contains("No measure on record", page.TestId("measures-empty"), StringComparison.Ordinal));
    }

    [Fact]
    public void CommitmentsShowTheirQuantitiesAndProgress()
    {
        var page = RenderPage<CommitmentsView>("/commitments");

        page.WaitForAssertion(() => Assert.Equal(DataSetFiles.Read(DataSetFiles.Bundled).Commitments.Count, page.FindAll("[data-testid=commitment]").Count));
        var soybeans = page.FindAll("[data-testid=commitment]").Single(c => c.TextContent.Contains("each year to 2028", StringComparison.Ordinal));
        Assert.Contains("25 million tonnes a year", soybeans.TextContent, StringComparison.Ordinal);
        Assert.Contains("No report on progress is on record", soybeans.TextContent, StringComparison.Ordinal);
        var fentanyl = page.FindAll("[data-testid=commitment]").Single(c => c.TextContent.Contains("fentanyl precursors", StringComparison.Ordinal));
        Assert.Contains("The licensing took effect as promised.", fentanyl.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void BeforeGenevaNoCommitmentIsOnRecord()
    {
        var page = RenderPage<CommitmentsView>("/commitments?asOf=2025-05-01");

        page.WaitForAssertion(() => Assert.Contains("No commitment on record", page.TestId("commitments-empty"), StringComparison.Ordinal));
    }
}
