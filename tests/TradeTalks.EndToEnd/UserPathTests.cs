using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TradeTalks.EndToEnd.Support;

namespace TradeTalks.EndToEnd;

/// <summary>
/// What a reader does, in a real Chromium. The server's clock runs from 10 June 2025, 12:00 US Eastern: the US rate is
/// 30%, China's 10%, and the Geneva truce is in force until 12 August 2025, 00:01 US Eastern.
/// </summary>
public sealed partial class UserPathTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task TheApiReferenceRendersFromTheAppAlone()
    {
        var page = await NewPageAsync();

        await page.GotoAsync(Url("/api"));

        await Assertions.Expect(page.GetByText("/api/v1/tariffs/rates").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await ScreenshotAsync(page, "api-reference-desktop");
        AssertNoProblems();
    }

    [Fact]
    public async Task TheOverviewShowsTheRatesAndTheTruceWithoutALiveConnection()
    {
        var page = await NewPageAsync();

        await OpenAsync(page, Url("/"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal("30", await TextAsync(page, "rate-us-on-cn"));
        Assert.Equal("10", await TextAsync(page, "rate-cn-on-us"));
        Assert.Equal("In force", await TextAsync(page, "truce-status"));
        Assert.Equal("2025-08-12T04:01:00Z", await TextAsync(page, "truce-deadline"));
        Assert.Equal("62", await TextAsync(page, "truce-days-left"));
        Assert.Empty(Sockets);
        Assert.Equal(0, await page.Locator("[data-testid=interactive]").CountAsync());
        AssertNoProblems();
    }

    [Fact]
    public async Task EveryPageIsReachedThroughTheNavigation()
    {
        var page = await NewPageAsync();
        await OpenAsync(page, Url("/"));

        foreach (var (key, heading) in new[]
                 {
                     ("timeline", "Timeline"), ("tariffs", "Tariffs"), ("truce", "Truce"), ("measures", "Measures beyond tariffs"),
                     ("commitments", "Commitments"), ("officials", "Officials and other voices"),
                     ("indicators", "Indicators"), ("claims", "Claims about promises"), ("sources", "Sources"),
                     ("overview", "US–China trade talks"),
                 })
        {
            await FollowNavAsync(page, key, heading);
            Assert.EndsWith(key == "overview" ? "/" : "/" + key, page.Url, StringComparison.Ordinal);
        }

        Assert.Empty(Sockets);
        AssertNoProblems();
    }

    [Fact]
    public async Task FilteringTheTimelineByKindAndPersonChangesTheListAndTheAddressAndSurvivesAReload()
    {
        var page = await NewPageAsync();
        await OpenAsync(page, Url("/timeline"));
        var before = await TextAsync(page, "timeline-count");

        // A kind, like a list, sends the form as soon as it is ticked.
        await page.Locator("[data-testid=filter-kind]").GetByLabel("Talks and calls").CheckAsync();

        await Assertions.Expect(page).ToHaveURLAsync(KindTalk());
        await Assertions.Expect(page.Locator("[data-testid=timeline-count]")).Not.ToHaveTextAsync(before);
        var kinds = await page.Locator("[data-testid=timeline-item]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.kind)");
        Assert.All(kinds, kind => Assert.Equal("Talk", kind));
        Assert.Equal(3, kinds.Length);

        // A list sends the form as soon as it changes.
        await page.Locator("[data-testid=filter-person]").SelectOptionAsync(new SelectOptionValue { Label = "Howard Lutnick" });
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("person=howard-lutnick"));
        await Assertions.Expect(page.Locator("[data-testid=timeline-item]")).ToHaveCountAsync(1);

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-testid=timeline-item]")).ToHaveCountAsync(1);
        Assert.Contains("London round", await page.Locator("[data-testid=timeline-item]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches(KindTalk(), page.Url);
        AssertNoProblems();
    }

    [Fact]
    public async Task TickingKindsAppliesEachAtOnceAsTheListsDoAndKeepsTheFocusOnTheBoxTicked()
    {
        var page = await NewPageAsync();
        await OpenAsync(page, Url("/timeline"));

        var talks = page.Locator("[data-testid=filter-kind]").GetByLabel("Talks and calls");
        await talks.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page).ToHaveURLAsync(KindTalk());
        await Assertions.Expect(talks).ToBeCheckedAsync();
        await Assertions.Expect(talks).ToBeFocusedAsync();

        await page.Locator("[data-testid=filter-kind]").GetByLabel("Claims").CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("kind=Talk&kind=Claim"));
        var kinds = await page.Locator("[data-testid=timeline-item]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.kind)");
        Assert.All(kinds, kind => Assert.Contains(kind, new[] { "Talk", "Claim" }));
        await ScreenshotAsync(page, "timeline-kinds-desktop");

        var phone = await NewPageAsync(PhoneWidth, PhoneHeight);
        await OpenAsync(phone, Url("/timeline?kind=Talk"));
        await phone.Locator("[data-testid=filter-kind]").GetByLabel("Claims").CheckAsync();
        await Assertions.Expect(phone).ToHaveURLAsync(new Regex("kind=Talk&kind=Claim"));
        await ScreenshotAsync(phone, "timeline-kinds-phone");
        AssertNoProblems();
    }

    [Fact]
    public async Task TheChartsPointsNameTheirFiguresAndTheRangeCanBeSwitched()
    {
        var page = await NewPageAsync();
        await OpenAsync(page, Url("/tariffs"));
        var chart = page.Locator("[data-testid=escalation-chart]");
        await Assertions.Expect(chart.Locator("path[data-series='US on Chinese goods']")).ToBeVisibleAsync();

        // Each point carries its figure as an SVG title: the browser shows it on hover, with no script.
        var titles = await chart.Locator(".step-chart-markers title").AllTextContentsAsync();
        // A marker is a line of no length: it shows as a dot only with the round caps its style sheet gives it.
        await Assertions.Expect(chart.Locator(".step-chart-markers line").First).ToHaveCSSAsync("stroke-linecap", "round");
        Assert.Contains("US on Chinese goods: 20% from 4 Mar 2025", titles);
        Assert.Contains("China on US goods: 125% from 12 Apr 2025", titles);

        var caption = await chart.Locator("figcaption").InnerTextAsync();
        await page.Locator("[data-testid=chart-range]").GetByText("Since Geneva").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("range=geneva"));
        await Assertions.Expect(chart.Locator("figcaption")).Not.ToHaveTextAsync(caption);
        Assert.Contains("10 May 2025", await chart.Locator("figcaption").InnerTextAsync(), StringComparison.Ordinal);
        AssertNoProblems();
    }

    [Fact]
    public async Task TheTruceCountdownTicksEverySecond()
    {
        var page = await NewPageAsync();
        // The countdown runs on the browser's clock; here it is set to the server's, which starts on 10 June 2025.
        await page.Clock.SetSystemTimeAsync(Fixture.App.Clock.GetUtcNow().UtcDateTime);
        await OpenAsync(page, Url("/truce"));

        // The seconds change within a few seconds, however busy the machine.
        var first = await TextAsync(page, "countdown-seconds");
        await Assertions.Expect(page.Locator("[data-testid=countdown-seconds]").First).Not.ToHaveTextAsync(first);

        Assert.Equal("62", await TextAsync(page, "countdown-days"));
        Assert.Contains("(Europe/London)", await TextAsync(page, "truce-local"), StringComparison.Ordinal);
        Assert.Empty(Sockets);
        AssertNoProblems();
    }

    [Fact]
    public async Task SettingTheAsOfDateChangesTheFiguresOnEveryPage()
    {
        var page = await NewPageAsync();
        await OpenAsync(page, Url("/"));

        await page.Locator("[data-testid=asof-input]").FillAsync("2025-04-20");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("asOf=2025-04-20"));
        await Assertions.Expect(page.Locator("[data-testid=rate-us-on-cn]")).ToHaveTextAsync("145");
        Assert.Equal("125", await TextAsync(page, "rate-cn-on-us"));

        await FollowNavAsync(page, "tariffs", "Tariffs");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/tariffs\\?asOf=2025-04-20"));
        await Assertions.Expect(page.Locator("[data-testid=rate-us-on-cn]")).ToHaveTextAsync("145");

        await FollowNavAsync(page, "truce", "Truce");
        await Assertions.Expect(page.Locator("[data-testid=truce-status]")).ToContainTextAsync("No truce");

        await FollowNavAsync(page, "timeline", "Timeline");
        await Assertions.Expect(page.Locator("[data-testid=timeline-item]").First).ToContainTextAsync("Apr 2025");

        await FollowNavAsync(page, "measures", "Measures beyond tariffs");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Export licensing of seven rare earths");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("affiliates rule");

        await FollowNavAsync(page, "commitments", "Commitments");
        await Assertions.Expect(page.Locator("[data-testid=commitments-empty]")).ToContainTextAsync("No commitment on record");

        await FollowNavAsync(page, "claims", "Claims about promises");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("No claim on record");
        AssertNoProblems();
    }

    [Fact]
    public async Task DarkModeSurvivesAReload()
    {
        var page = await NewPageAsync();
        await OpenAsync(page, Url("/tariffs"));
        var light = await BackgroundAsync(page);

        await page.Locator("[data-testid=dark-mode-toggle]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=dark-mode-toggle]")).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.EndsWith("/tariffs", page.Url, StringComparison.Ordinal);
        await page.ReloadAsync();

        await Assertions.Expect(page.Locator("[data-testid=dark-mode-toggle]")).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.NotEqual(light, await BackgroundAsync(page));
        AssertNoProblems();
    }

    [Fact]
    public async Task AtPhoneWidthTheDrawerOpensAndCloses()
    {
        var page = await NewPageAsync(PhoneWidth, PhoneHeight);
        await OpenAsync(page, Url("/"));
        var drawer = page.Locator("[data-testid=drawer]");
        var link = page.Locator("[data-testid=nav-sources]");
        await Assertions.Expect(link).Not.ToBeInViewportAsync();

        await page.Locator("[data-testid=drawer-toggle]").ClickAsync();
        await Assertions.Expect(link).ToBeInViewportAsync();

        await page.Locator("[data-testid=drawer-toggle]").ClickAsync(new LocatorClickOptions { Force = true });
        await Assertions.Expect(link).Not.ToBeInViewportAsync();
        Assert.NotNull(drawer);

        // On any other page too: the menu button opens the drawer over that page, rather than leading to the overview.
        await OpenAsync(page, Url("/truce?asOf=2025-06-10"));
        await page.Locator("[data-testid=drawer-toggle]").ClickAsync();
        await Assertions.Expect(link).ToBeInViewportAsync();
        Assert.StartsWith(Url("/truce?asOf=2025-06-10"), page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Truce");
        AssertNoProblems();
    }

    [Fact]
    public async Task WithScriptsOffTheFiltersTheAsOfDateAndThePagesStillWork()
    {
        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync(Url("/timeline"));

        await page.Locator("[data-testid=filter-kind]").GetByLabel("Talks and calls").CheckAsync();
        await page.Locator("[data-testid=filter-side]").SelectOptionAsync("China");
        await page.Locator("[data-testid=filter-apply]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("kind=Talk.*side=China"));
        var kinds = await page.Locator("[data-testid=timeline-item]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.kind)");
        Assert.NotEmpty(kinds);
        Assert.All(kinds, kind => Assert.Equal("Talk", kind));

        await page.Locator("[data-testid=asof-input]").FillAsync("2025-05-01");
        await page.Locator("[data-testid=asof-go]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("kind=Talk.*asOf=2025-05-01|asOf=2025-05-01.*kind=Talk"));
        await Assertions.Expect(page.Locator("[data-testid=asof-notice]")).ToContainTextAsync("1 May 2025");

        await page.GotoAsync(Url("/timeline"));
        await page.Locator("[data-testid=timeline-pager]").GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("after="));
        // Between 26 and 75 items are on record by 10 June 2025 (51 with the product programmes' dated changes and the
        // Section 232 metals since 2018): the second page of 25 is past the first, whichever page is the last.
        await Assertions.Expect(page.Locator("[data-testid=timeline-count]")).ToContainTextAsync(new Regex(@"\b(2[6-9]|[3-6]\d|7[0-5]) items, newest first; (last page|from \d)"));
        await page.Locator("[data-testid=timeline-pager]").GetByRole(AriaRole.Link, new() { Name = "Previous" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("before="));
        await Assertions.Expect(page.Locator("[data-testid=timeline-count]")).ToContainTextAsync("first page");

        await page.GotoAsync(Url("/tariffs"));
        await page.Locator("[data-testid=chart-range]").GetByText("Since Geneva").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("range=geneva"));
        Assert.Contains("10 May 2025", await page.Locator("[data-testid=escalation-chart] figcaption").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("[data-testid=dark-mode-toggle]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=dark-mode-toggle]")).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Empty(Sockets);
        AssertNoProblems();
    }

    private static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    [GeneratedRegex("kind=Talk")]
    private static partial Regex KindTalk();
}
