using TradeTalks.EndToEnd.Support;

namespace TradeTalks.EndToEnd;

/// <summary>Every page at desktop and phone width, light and dark, saved under artifacts/screenshots.</summary>
public sealed class ScreenshotTour(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>
    /// Every page, and the pages whose richest state lies later than the tests' clock (10 June 2025) once more at a later
    /// date: the truce with its measure items, measures with suspensions, commitments with progress.
    /// </summary>
    public static readonly string[] Pages =
    [
        "/", "/timeline", "/tariffs", "/truce", "/measures", "/commitments", "/officials", "/indicators", "/claims", "/sources",
        "/truce?asOf=2026-06-10", "/measures?asOf=2026-06-10", "/commitments?asOf=2026-06-10", "/?asOf=2026-06-10",
    ];

    /// <summary>The file name a page's screenshot is saved under.</summary>
    public static string NameOf(string path) =>
        (path.StartsWith("/?", StringComparison.Ordinal) || path == "/" ? "overview" + path[1..] : path.Trim('/')).Replace("?asOf=", "-as-of-", StringComparison.Ordinal);

    public static TheoryData<string, bool> Variants => new()
    {
        { "desktop", false }, { "desktop", true }, { "phone", false }, { "phone", true },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task EveryPageRendersWithoutErrors(string width, bool dark)
    {
        var page = width == "phone" ? await NewPageAsync(PhoneWidth, PhoneHeight) : await NewPageAsync();
        if (dark)
        {
            await OpenAsync(page, Url("/"));
            await page.Locator("[data-testid=dark-mode-toggle]").ClickAsync();
            await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-testid=dark-mode-toggle]")).ToHaveAttributeAsync("aria-pressed", "true");
        }

        foreach (var path in Pages)
        {
            await OpenAsync(page, Url(path));
            await page.WaitForTimeoutAsync(700);
            var name = NameOf(path) + "-" + width + (dark ? "-dark" : "-light");
            await ScreenshotAsync(page, name);
            Assert.NotEmpty(await page.TitleAsync());
        }

        AssertNoProblems();
    }
}
