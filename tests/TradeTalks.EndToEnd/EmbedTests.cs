using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TradeTalks.EndToEnd.Support;
using TradeTalks.Web.Embeds;

namespace TradeTalks.EndToEnd;

/// <summary>The embeds where they are meant to be: framed in an article of another site, with the code the Embed button gives.</summary>
public sealed class EmbedTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task TheCodeOfEachEmbedButtonRendersInAnotherSitesPageTheCountdownTicksAndAxeFindsNoViolations()
    {
        var page = await NewPageAsync();
        // The countdown runs on the browser's clock; here it is set to the server's, which starts on 10 June 2025.
        await page.Clock.SetSystemTimeAsync(Fixture.App.Clock.GetUtcNow().UtcDateTime);
        // The code each page's Embed button gives, as an editor would copy it.
        var code = "";
        foreach (var path in new[] { "/", "/truce", "/tariffs" })
        {
            await OpenAsync(page, Url(path));
            await page.Locator("[data-testid=embed-code] summary").ClickAsync();
            var text = page.Locator("[data-testid=embed-code-text]");
            await Assertions.Expect(text).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-copy]")).ToBeVisibleAsync();
            if (path == "/truce")
            {
                await ScreenshotAsync(page, "embed-button-open");
            }

            code += await text.InputValueAsync();
        }

        await using var newsroom = await NewsroomSite.StartAsync(code);

        await page.GotoAsync(newsroom.Address);

        var rates = Frame(page, EmbedKind.Rates);
        await Assertions.Expect(rates.Locator("[data-testid=rate-us-on-cn]")).ToHaveTextAsync("30%");
        await Assertions.Expect(rates.Locator("[data-testid=rate-cn-on-us]")).ToHaveTextAsync("10%");
        var truce = Frame(page, EmbedKind.Truce);
        await Assertions.Expect(truce.Locator("[data-unit=days]")).ToHaveTextAsync("62");
        var seconds = await truce.Locator("[data-unit=seconds]").InnerTextAsync();
        await Assertions.Expect(truce.Locator("[data-unit=seconds]")).Not.ToHaveTextAsync(seconds);
        var chart = Frame(page, EmbedKind.Chart);
        await Assertions.Expect(chart.Locator("figure svg")).ToBeVisibleAsync();
        foreach (var kind in EmbedKind.All)
        {
            await Assertions.Expect(Frame(page, kind).Locator("[data-testid=embed-credit]")).ToContainTextAsync("TradeTalks · figures as of 10 Jun 2025 · sources");
        }

        await ScreenshotAsync(page, "embeds-in-another-site");
        var report = Violations("the article", await page.RunAxe(AccessibilityTests.WcagAandAA));
        // And each embed as a document of its own, in case a frame's content were left out of the article's scan.
        foreach (var kind in EmbedKind.All)
        {
            await page.GotoAsync(Url(kind.Path));
            report.AddRange(Violations(kind.Path, await page.RunAxe(AccessibilityTests.WcagAandAA)));
        }

        Assert.True(report.Count == 0, string.Join(Environment.NewLine, report));
        // A refused frame, a blocked script or style (the embeds' policy allows theirs by hash) would each be reported here.
        AssertNoProblems();
    }

    private static List<string> Violations(string where, Deque.AxeCore.Commons.AxeResult result) =>
        [.. result.Violations.Select(v => $"{where}: {v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(4).Select(n => n.Target.ToString()))}")];

    private static IFrameLocator Frame(IPage page, EmbedKind kind) => page.FrameLocator($"iframe[src*='{kind.Path}']");
}
