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

        page.WaitForAssertion(() => Assert.Equal("30", page.TestId("rate-us-on-cn")));
        Assert.Equal("10", page.TestId("rate-cn-on-us"));
        Assert.Equal("In force", page.TestId("truce-status"));
        Assert.Equal("2025-08-12T04:01:00Z", page.TestId("truce-deadline"));
        Assert.Equal("62", page.TestId("truce-days-left"));
        Assert.Contains("London round", page.Markup, StringComparison.Ordinal);
        Assert.Contains("Latest source or edit on record: 9 Jun 2025", page.TestId("data-as-of"), StringComparison.Ordinal);
    }

    [Fact]
    public void TodayTheTruceDeadlineHasPassedWithNothingOnRecordAndTheDataMayBeStale()
    {
        var page = RenderPage<Overview>("/");

        page.WaitForAssertion(() => Assert.Equal("Deadline passed; no extension or lapse on record", page.TestId("truce-status")));
        Assert.Equal("0", page.TestId("truce-days-left"));
        Assert.NotEmpty(page.FindAll("[data-testid=truce-stale]"));
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
