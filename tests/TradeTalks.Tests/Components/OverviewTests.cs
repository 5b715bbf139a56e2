using TradeTalks.Web.Components.Pages.Overview;

namespace TradeTalks.Tests.Components;

public sealed class OverviewTests : PageTestContext
{
    [Fact]
    public void AtThePeakTheOverviewShowsBothRatesAndNoTruceYet()
    {
        var page = RenderPage<Overview>("/?asOf=2025-04-20");

        page.WaitForAssertion(() => Assert.Equal("145", page.TestId("rate-us-on-cn")));
        Assert.Equal("125", page.TestId("rate-cn-on-us"));
        Assert.Contains("No truce", page.TestId("truce-status"), StringComparison.Ordinal);
        Assert.Contains("20 Apr 2025", page.TestId("asof-notice"), StringComparison.Ordinal);
    }

    [Fact]
    public void DuringTheLondonRoundTheTruceIsInForceWithItsDeadline()
    {
        var page = RenderPage<Overview>("/?asOf=2025-06-10");

        // The page loads its figures for a past date afresh: on a busy machine that can take more than bUnit's second.
        page.WaitForAssertion(() => Assert.Equal("30", page.TestId("rate-us-on-cn")), TimeSpan.FromSeconds(10));
        Assert.Equal("10", page.TestId("rate-cn-on-us"));
        Assert.Equal("In force", page.TestId("truce-status"));
        Assert.Equal("2025-08-12T04:01:00Z", page.TestId("truce-deadline"));
        Assert.Equal("62", page.TestId("truce-days-left"));
        Assert.Contains("London round", page.Markup, StringComparison.Ordinal);
        Assert.Contains("Latest source or edit on record: 9 Jun 2025", page.TestId("data-as-of"), StringComparison.Ordinal);
    }

    [Fact]
    public void TodayTheTruceDeadlineHasPassedWithNothingOnRecordAndTheOverviewSaysHowLongAgo()
    {
        var page = RenderPage<Overview>("/");

        page.WaitForAssertion(() => Assert.Equal("Deadline passed; no extension or lapse on record", page.TestId("truce-status")));
        // 10 Nov 2026, 00:01 US Eastern to the tests' today, 29 Nov 2026: no row of zeros, no "0 days left".
        Assert.Equal("Deadline passed 19 days ago", page.TestId("countdown-passed"));
        Assert.Empty(page.FindAll("[data-testid=countdown-days]"));
        Assert.Empty(page.FindAll("[data-testid=truce-days-left]"));
        Assert.Equal("0", page.TestId("rate-us-on-cn"));
        Assert.Equal("10", page.TestId("rate-cn-on-us"));
        Assert.Equal("51.1", page.TestId("avg-us-on-cn"));
        Assert.Equal("32.6", page.TestId("avg-cn-on-us"));
        Assert.Contains("Section 301", page.TestId("rate-us-on-cn-counts"), StringComparison.Ordinal);
        Assert.Contains("Section 232", page.TestId("rate-us-on-cn-counts"), StringComparison.Ordinal);
        Assert.Contains("The layers changed after it (the latest on 24 Jul 2026)", page.TestId("avg-us-on-cn-dated"), StringComparison.Ordinal);
        Assert.Contains("The layers changed after it (the latest on 10 Nov 2025)", page.TestId("avg-cn-on-us-dated"), StringComparison.Ordinal);
        Assert.Equal(7, page.FindAll("[data-testid=truce-item]").Count);
    }

    [Fact]
    public void TheTrucesItemsOnTheOverviewAreOneRowEachWithItemDeadlineAndStateAndTheDetailStaysOnTheTrucePage()
    {
        var page = RenderPage<Overview>("/?asOf=2026-06-10");

        page.WaitForAssertion(() => Assert.Equal(7, page.FindAll("[data-testid=truce-item]").Count));
        var gallium = page.FindAll("[data-testid=truce-item]").Single(row => row.TextContent.Contains("gallium", StringComparison.Ordinal));
        Assert.Equal(
            ["China: Ban on gallium, germanium and antimony exports to the US", "27 Nov 2026", "Suspended"],
            gallium.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=truce-item-returns]"));
        Assert.DoesNotContain("If it lapses", page.Markup, StringComparison.Ordinal);
        Assert.Contains("/truce?asOf=2026-06-10", page.Find("a[href^='/truce']").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void TheOverviewKeepsBothFiguresInSightAndFoldsTheirDetail()
    {
        var page = RenderPage<Overview>("/");

        page.WaitForAssertion(() => Assert.Equal("0", page.TestId("rate-us-on-cn")));
        // The rate counts the Section 122 surcharge's end, which only its schedule gives: that shows outside the fold.
        Assert.Equal("Counts an end only scheduled", page.TestId("rate-us-on-cn-counts-scheduled"));
        Assert.Null(page.Find("[data-testid=rate-us-on-cn-more]").GetAttribute("open"));
        Assert.Contains("Section 122", page.Find("[data-testid=rate-us-on-cn-more]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Past figure, for 14 May 2025", page.TestId("avg-us-on-cn-past"));
    }

    [Theory]
    [InlineData("2025-01-10", null, null)]
    [InlineData("2025-02-01", "20.8", null)]
    [InlineData("2025-04-20", "124", null)]
    [InlineData("2025-06-10", "51.1", "32.6")]
    public void TheAverageShownIsTheLatestPublishedOnOrBeforeTheDate(string asOf, string? us, string? china)
    {
        var page = RenderPage<Overview>("/?asOf=" + asOf);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=rate-us-on-cn]")));
        Assert.Equal(us, page.FindAll("[data-testid=avg-us-on-cn]").SingleOrDefault()?.TextContent);
        Assert.Equal(china, page.FindAll("[data-testid=avg-cn-on-us]").SingleOrDefault()?.TextContent);
        Assert.Equal(us is null, page.FindAll("[data-testid=avg-us-on-cn-none]").Count == 1);
    }

    [Theory]
    [InlineData("not-a-date", "is not a date")]
    [InlineData("2019-01-01", "before 2025-01-01")]
    [InlineData("2199-01-01", "too far in the future")]
    public void ABadAsOfDateIsExplainedAndTodaysFiguresAreShown(string asOf, string message)
    {
        var page = RenderPage<Overview>("/?asOf=" + asOf);

        page.WaitForAssertion(() => Assert.Equal("Deadline passed; no extension or lapse on record", page.TestId("truce-status")));
        Assert.Contains(message, page.TestId("asof-error"), StringComparison.Ordinal);
    }
}
