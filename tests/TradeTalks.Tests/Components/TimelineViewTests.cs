using TradeTalks.Web.Components.Pages.Timeline;

namespace TradeTalks.Tests.Components;

public sealed class TimelineViewTests : PageTestContext
{
    [Fact]
    public void TheFirstPageShowsTwentyFiveItemsGroupedByMonth()
    {
        var page = RenderPage<TimelineView>("/timeline");

        page.WaitForAssertion(() => Assert.Equal(25, page.FindAll("[data-testid=timeline-item]").Count));
        Assert.Contains("51 items, page 1 of 3", page.TestId("timeline-count"), StringComparison.Ordinal);
        Assert.Contains("July 2026", page.Find("section.timeline-month h2").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void FilteringByKindInTheAddressShowsOnlyThatKind()
    {
        var page = RenderPage<TimelineView>("/timeline?kind=Talk");

        page.WaitForAssertion(() => Assert.Equal(11, page.FindAll("[data-testid=timeline-item]").Count));
        Assert.All(page.FindAll("[data-testid=timeline-item]"), item => Assert.Equal("Talk", item.GetAttribute("data-kind")));
    }

    [Fact]
    public void FilteringByPersonShowsTheirTalksAndClaims()
    {
        var page = RenderPage<TimelineView>("/timeline?person=jamieson-greer");

        page.WaitForAssertion(() => Assert.Equal(7, page.FindAll("[data-testid=timeline-item]").Count));
    }

    [Fact]
    public void TheAsOfDateHidesLaterItems()
    {
        var page = RenderPage<TimelineView>("/timeline?asOf=2025-04-05&order=oldest");

        page.WaitForAssertion(() => Assert.Contains("7 items", page.TestId("timeline-count"), StringComparison.Ordinal));
    }

    [Fact]
    public void NothingMatchingShowsAnEmptyStateWithAWayBack()
    {
        var page = RenderPage<TimelineView>("/timeline?q=zzzz-no-match");

        page.WaitForAssertion(() => Assert.Contains("Nothing matches", page.TestId("timeline-empty"), StringComparison.Ordinal));
        Assert.Contains("Clear the filters", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void UnusableFiltersAreNamedAndTheRestStillApply()
    {
        var page = RenderPage<TimelineView>("/timeline?side=Mars&from=yesterday&kind=Talk&kind=Rumour");

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=filter-problem]").Count));
        Assert.Equal(11, page.FindAll("[data-testid=timeline-item]").Count);
    }
}
