using Microsoft.Playwright;
using TradeTalks.EndToEnd.Support;

namespace TradeTalks.EndToEnd;

/// <summary>Every page at desktop and phone width, light and dark, saved under artifacts/screenshots.</summary>
public sealed class ScreenshotTour(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static readonly string[] Pages =
        ["/", "/timeline", "/tariffs", "/truce", "/measures", "/commitments", "/officials", "/indicators", "/claims", "/sources"];

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
            var name = (path == "/" ? "overview" : path.Trim('/')) + "-" + width + (dark ? "-dark" : "-light");
            await ScreenshotAsync(page, name);
            Assert.NotEmpty(await page.TitleAsync());
        }

        AssertNoProblems();
    }
}
