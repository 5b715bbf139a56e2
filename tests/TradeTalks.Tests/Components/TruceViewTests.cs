using TradeTalks.Tests.Support;
using TradeTalks.Web.Components.Pages.Truce;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Tests.Components;

public sealed class LiveTruceTests() : PageTestContext(Instants.Eastern(2025, 6, 10, 12))
{
    [Fact]
    public void TheCountdownTicksEverySecondWhileThePageIsOpen()
    {
        var page = RenderPage<TruceView>("/truce");
        page.WaitForAssertion(() => Assert.Equal("In force", page.TestId("truce-status")));
        var before = page.TestId("countdown-seconds");

        Clock.Advance(TimeSpan.FromSeconds(1));

        page.WaitForAssertion(() => Assert.NotEqual(before, page.TestId("countdown-seconds")));
        Assert.Equal("00", before);
        Assert.Equal("59", page.TestId("countdown-seconds"));
    }

}

public sealed class DeadlineTruceTests() : PageTestContext(Instants.EffectiveOn("2026-11-10").AddSeconds(-2))
{
    [Fact]
    public void AtTheDeadlineTheCountdownStopsAtZeroAndThePageSaysLapsed()
    {
        var page = RenderPage<TruceView>("/truce");
        page.WaitForAssertion(() => Assert.Equal("Ending soon", page.TestId("truce-status")));

        Clock.Advance(TimeSpan.FromSeconds(5));

        page.WaitForAssertion(() => Assert.Equal("Lapsed", page.TestId("truce-status")));
        Assert.Equal(["00", "00", "00", "00"], page.FindAll(".countdown-value").Select(e => e.TextContent));
        Assert.Contains("no extension is on record", page.TestId("truce-banner"), StringComparison.Ordinal);
    }
}

public sealed class TruceViewTests : PageTestContext
{
    [Fact]
    public void TheHistoryListsEachTermKnownByTheAsOfDate()
    {
        var page = RenderPage<TruceView>("/truce?asOf=2025-09-01");

        page.WaitForAssertion(() => Assert.Contains("First 90-day extension", page.TestId("truce-history"), StringComparison.Ordinal));
        Assert.DoesNotContain("Busan", page.TestId("truce-history"), StringComparison.Ordinal);
        Assert.Contains("34%", page.TestId("truce-lapse"), StringComparison.Ordinal);
        Assert.Contains("Beijing", page.TestId("truce-zones"), StringComparison.Ordinal);
    }

    [Fact]
    public void BeforeGenevaThereIsNoTruce()
    {
        var page = RenderPage<TruceView>("/truce?asOf=2025-04-01");

        page.WaitForAssertion(() => Assert.Contains("No truce", page.TestId("truce-status"), StringComparison.Ordinal));
    }

    [Fact]
    public void AFrozenCountdownForAPastDateDoesNotTick()
    {
        var countdown = Render<Countdown>(p => p
            .Add(c => c.Deadline, Instants.EffectiveOn("2025-08-12"))
            .Add(c => c.At, Instants.Eastern(2025, 8, 11, 0, 1))
            .Add(c => c.Live, false));

        Clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal("01", countdown.TestId("countdown-days"));
        Assert.Equal("00", countdown.TestId("countdown-seconds"));
    }
}
