using TradeTalks.Tariffs;
using TradeTalks.Tests.Components;
using TradeTalks.Tests.Support;
using TradeTalks.Time;
using TradeTalks.Truces;
using TradeTalks.Web.Components.Pages.Timeline;

namespace TradeTalks.Tests.Time;

/// <summary>"What was known on the as-of date" is cut once, in the services that pages and the API share.</summary>
public sealed class AsOfCutTests
{
    [Fact]
    public async Task TheTariffTimelineAtADateHoldsWhatWasInEffectAndWhatWasAnnouncedButNothingLater()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var service = database.Get<TariffService>();

        var timeline = await service.GetTimelineAsync(AsOf.EndOf(new DateOnly(2025, 11, 5)));

        var keys = timeline.Changes.Select(c => c.Change.Key).ToList();
        Assert.Contains("us-fentanyl-2025-11-10", keys);
        Assert.DoesNotContain("us-fentanyl-2026-02-20", keys);
        Assert.DoesNotContain(timeline.ChangesInEffect, c => c.Change.Key == "us-fentanyl-2025-11-10");
        Assert.Equal(30m, timeline.UsOnChina.RateAt(AsOf.EndOf(new DateOnly(2025, 11, 5)).Instant));
        Assert.Equal(new DateTimeOffset(2025, 11, 10, 5, 1, 0, TimeSpan.Zero), timeline.UsOnChina.NextStepAfter(AsOf.EndOf(new DateOnly(2025, 11, 5)).Instant)!.At);
    }

    [Fact]
    public async Task TheTruceWindowsAtADateHoldOnlyTheExtensionsSignedByThen()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var service = new TruceService(database.Factory);

        var before = Assert.Single(await service.GetWindowsAsync(AsOf.EndOf(new DateOnly(2025, 8, 10))));
        var after = Assert.Single(await service.GetWindowsAsync(AsOf.EndOf(new DateOnly(2025, 8, 11))));

        Assert.Empty(before.Extensions);
        Assert.Single(after.Extensions);
        Assert.Empty(await service.GetWindowsAsync(AsOf.EndOf(new DateOnly(2025, 5, 1))));
    }
}

/// <summary>The as-of date is read once, by one service, and "Show today" keeps the rest of the address.</summary>
public sealed class AsOfStateTests : PageTestContext
{
    [Fact]
    public void ShowTodayDropsOnlyTheAsOfDateAndKeepsTheFilters()
    {
        var page = RenderPage<TimelineView>("/timeline?kind=Talk&side=China&asOf=2025-06-10");
        page.WaitForElement("[data-testid=show-today]");

        var href = page.Find("[data-testid=show-today]").GetAttribute("href")!;

        Assert.Contains("kind=Talk", href, StringComparison.Ordinal);
        Assert.Contains("side=China", href, StringComparison.Ordinal);
        Assert.DoesNotContain("asOf", href, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnusableAsOfDateIsReportedOnceAndTheFiguresAreForNow()
    {
        var page = RenderPage<TimelineView>("/timeline?asOf=2025-02-30");
        page.WaitForElement("[data-testid=asof-error]");

        Assert.Single(page.FindAll("[data-testid=asof-error]"));
        Assert.Contains("is not a date", page.Find("[data-testid=asof-error]").TextContent, StringComparison.Ordinal);
    }
}
