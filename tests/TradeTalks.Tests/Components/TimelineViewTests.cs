using TradeTalks.Timeline;
using TradeTalks.Web.Components.Pages.Timeline;

namespace TradeTalks.Tests.Components;

public sealed class TimelineViewTests : PageTestContext
{
    [Fact]
    public async Task TheFirstPageShowsTwentyFiveItemsGroupedByMonth()
    {
        var total = await CountAsync(new TimelineQuery());

        var page = RenderPage<TimelineView>("/timeline");

        page.WaitForAssertion(() => Assert.Equal(25, page.FindAll("[data-testid=timeline-item]").Count));
        Assert.Contains($"{total} items, newest first; first page", page.TestId("timeline-count"), StringComparison.Ordinal);
        Assert.Contains("July 2026", page.Find("section.timeline-month h2").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void FilteringByKindInTheAddressShowsOnlyThatKind()
    {
        var page = RenderPage<TimelineView>("/timeline?kind=Talk");

        page.WaitForAssertion(() => Assert.Equal(12, page.FindAll("[data-testid=timeline-item]").Count));
        Assert.All(page.FindAll("[data-testid=timeline-item]"), item => Assert.Equal("Talk", item.GetAttribute("data-kind")));
    }

    [Fact]
    public void FilteringByPersonShowsTheirTalksAndClaims()
    {
        var page = RenderPage<TimelineView>("/timeline?person=jamieson-greer");

        page.WaitForAssertion(() => Assert.Equal(8, page.FindAll("[data-testid=timeline-item]").Count));
        Assert.All(page.FindAll("[data-testid=timeline-item]"), item => Assert.Contains(item.GetAttribute("data-kind"), new[] { "Talk", "Claim", "Statement" }));
    }

    [Fact]
    public async Task WithTooManyPeopleToListThePersonFilterTakesAKeyAndStillFilters()
    {
        // More people than a list can hold: the filter becomes a key field, and the key still filters.
        await using (var db = await Database.Factory.CreateDbContextAsync())
        {
            db.People.AddRange(Enumerable.Range(0, TimelineFilterBar.MaxPeopleListed).Select(i => new TradeTalks.People.Person
            {
                Key = $"extra-voice-{i}", Name = $"Extra Voice {i}", Side = TradeTalks.Side.Other, Title = "Analyst", Organisation = "A research house",
            }));
            await db.SaveChangesAsync();
        }

        var page = RenderPage<TimelineView>("/timeline?person=jamieson-greer");

        page.WaitForAssertion(() => Assert.Equal(8, page.FindAll("[data-testid=timeline-item]").Count));
        var field = page.Find("input[data-testid=filter-person]");
        Assert.Equal("jamieson-greer", field.GetAttribute("value"));
        Assert.Empty(page.FindAll("select[data-testid=filter-person]"));
    }

    [Fact]
    public void AKeyThatNamesNoOneSaysSoAndShowsEveryone()
    {
        var page = RenderPage<TimelineView>("/timeline?person=no-such-person");

        page.WaitForAssertion(() => Assert.Equal(25, page.FindAll("[data-testid=timeline-item]").Count));
        Assert.Contains("No one on record has the key \"no-such-person\"", page.Markup, StringComparison.Ordinal);
        Assert.NotNull(page.Find("select[data-testid=filter-person]"));
    }

    [Fact]
    public async Task TheAsOfDateHidesLaterItems()
    {
        var known = await CountAsync(new TimelineQuery(), until: new DateOnly(2025, 4, 5));

        var page = RenderPage<TimelineView>("/timeline?asOf=2025-04-05&order=oldest");

        page.WaitForAssertion(() => Assert.Contains($"{known} items", page.TestId("timeline-count"), StringComparison.Ordinal));
        Assert.True(known < await CountAsync(new TimelineQuery()));
        Assert.DoesNotContain("2025-04-09", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void MeasuresAndCommitmentsHaveTheirOwnKinds()
    {
        var page = RenderPage<TimelineView>("/timeline?kind=Measure&kind=Commitment");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=timeline-item]")));
        Assert.All(page.FindAll("[data-testid=timeline-item]"), item => Assert.Contains(item.GetAttribute("data-kind"), new[] { "Measure", "Commitment" }));
        Assert.Contains("Suspended until 10 Nov 2026", page.Markup, StringComparison.Ordinal);
        Assert.Contains("Set up a Board of Trade", page.Markup, StringComparison.Ordinal);
    }

    private async Task<int> CountAsync(TimelineQuery query, DateOnly? until = null) =>
        (await new TimelineService(Database.Factory, new TimelineCountMemo(Clock)).SearchAsync(query with { PageSize = 1 }, TradeTalks.Time.AsOf.EndOf(until ?? new DateOnly(2099, 12, 31)))).TotalCount;

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
        Assert.Equal(12, page.FindAll("[data-testid=timeline-item]").Count);
    }
}
