using TradeTalks.Tests.Support;
using TradeTalks.Web.Components.Pages.Truce;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Tests.Components;

public sealed class LiveTruceTests() : PageTestContext(Instants.Eastern(2025, 6, 10, 12))
{
    [Fact]
    public void ALiveCountdownHandsItsDeadlineToTheBrowserToTickFrom()
    {
        var page = RenderPage<TruceView>("/truce");

        page.WaitForAssertion(() => Assert.Equal("In force", page.TestId("truce-status")));
        var countdown = page.Find("[data-testid=countdown]");
        Assert.Equal(page.TestId("truce-deadline"), countdown.GetAttribute("data-countdown-deadline"));
        Assert.True(countdown.HasAttribute("data-countdown-reload"));
        Assert.Equal("00", page.TestId("countdown-seconds"));
    }

    [Fact]
    public void ACountdownForAnAsOfDateIsFixedAtThatDate()
    {
        var page = RenderPage<TruceView>("/truce?asOf=2025-09-01");

        page.WaitForAssertion(() => Assert.NotEmpty(page.TestId("countdown-days")));
        Assert.Null(page.Find("[data-testid=countdown]").GetAttribute("data-countdown-deadline"));
    }

}

public sealed class DeadlineTruceTests() : PageTestContext(Instants.EffectiveOn("2026-11-10").AddSeconds(-2))
{
    [Fact]
    public void OnceTheDeadlinePassesTheCountdownSaysSoAndThePageSaysNothingIsOnRecordNotLapsed()
    {
        // The browser reloads the page when its countdown reaches zero; this is that second render.
        Clock.Advance(TimeSpan.FromSeconds(5));

        var page = RenderPage<TruceView>("/truce");

        page.WaitForAssertion(() => Assert.Equal("Deadline passed; no extension or lapse on record", page.TestId("truce-status")));
        Assert.Equal("Deadline passed less than a day ago", page.TestId("countdown-passed"));
        Assert.Empty(page.FindAll(".countdown-value"));
        Assert.Null(page.Find("[data-testid=countdown]").GetAttribute("data-countdown-deadline"));
        Assert.Contains("no source on record says whether the truce was extended or lapsed", page.TestId("truce-banner"), StringComparison.Ordinal);
        Assert.Contains("The newest source on record is", page.TestId("truce-banner"), StringComparison.Ordinal);
        Assert.DoesNotContain("Lapsed", page.Markup, StringComparison.Ordinal);
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
        var items = page.FindAll("[data-testid=truce-item]");
        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.Contains("back to 34%", item.TextContent, StringComparison.Ordinal));
        Assert.Contains("Suspended until 10 Nov 2025", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Beijing", page.TestId("truce-zones"), StringComparison.Ordinal);
    }

    [Fact]
    public void TodayEachSuspendedItemSaysWhatALapseWouldBringBackOrThatNothingIsLeft()
    {
        var page = RenderPage<TruceView>("/truce");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=truce-item]")));
        var items = page.FindAll("[data-testid=truce-item]");
        var us = items.Single(i => i.TextContent.Contains("\"Reciprocal\" tariff order", StringComparison.Ordinal));
        Assert.Contains("Nothing comes back", us.TextContent, StringComparison.Ordinal);
        Assert.Contains("ended on 24 Feb 2026", us.TextContent, StringComparison.Ordinal);
        var china = items.Single(i => i.TextContent.Contains("Retaliatory tariff on all US goods", StringComparison.Ordinal));
        Assert.Contains("from 10% back to 34%", china.TextContent, StringComparison.Ordinal);
        var gallium = items.Single(i => i.TextContent.Contains("gallium", StringComparison.Ordinal));
        Assert.Contains("Deadline passed (27 Nov 2026", gallium.TextContent, StringComparison.Ordinal);
        Assert.All(items, i => Assert.Contains("no extension or lapse on record", i.TextContent, StringComparison.Ordinal));
        Assert.Equal("51.1", page.TestId("avg-us-on-cn"));
        Assert.Equal("32.6", page.TestId("avg-cn-on-us"));
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
