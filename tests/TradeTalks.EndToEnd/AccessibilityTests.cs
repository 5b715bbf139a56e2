using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using TradeTalks.EndToEnd.Support;

namespace TradeTalks.EndToEnd;

/// <summary>axe-core on every page, light and dark, desktop and phone: no WCAG 2.0–2.2 A or AA violation at any impact.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    internal static readonly AxeRunOptions WcagAandAA = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
        },
    };

    public static TheoryData<string, bool> Variants => ScreenshotTour.Variants;

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task EveryPageHasNoAccessibilityViolations(string width, bool dark)
    {
        var page = width == "phone" ? await NewPageAsync(PhoneWidth, PhoneHeight) : await NewPageAsync();
        if (dark)
        {
            await OpenAsync(page, Url("/"));
            await page.Locator("[data-testid=dark-mode-toggle]").ClickAsync();
            await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-testid=dark-mode-toggle]")).ToHaveAttributeAsync("aria-pressed", "true");
        }

        var report = new List<string>();
        foreach (var path in ScreenshotTour.Pages)
        {
            await OpenAsync(page, Url(path));
            await page.WaitForTimeoutAsync(500);
            if (dark)
            {
                Assert.Equal("true", await page.Locator("[data-testid=dark-mode-toggle]").GetAttributeAsync("aria-pressed"));
            }

            var result = await page.RunAxe(WcagAandAA);
            foreach (var violation in result.Violations)
            {
                report.Add($"{path} [{width}, {(dark ? "dark" : "light")}] {violation.Id} ({violation.Impact}): {violation.Help} — " +
                           string.Join(" | ", violation.Nodes.Take(4).Select(n => n.Target.ToString())));
            }
        }

        File.WriteAllLines(Path.Combine(BrowserFixture.ArtifactsFolder, $"axe-{width}-{(dark ? "dark" : "light")}.txt"), report.DefaultIfEmpty("no violations"));
        Assert.True(report.Count == 0, string.Join(Environment.NewLine, report));
        AssertNoProblems();
    }
}
