using TradeTalks.EndToEnd.Support;

namespace TradeTalks.EndToEnd;

public sealed class ChartProbeTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Probe()
    {
        var page = await NewPageAsync();
        await OpenAsync(page, Url("/tariffs"));
        await page.WaitForTimeoutAsync(2000);
        var count = await page.Locator("path.mud-chart-serie").CountAsync();
        File.WriteAllText("/tmp/probe.txt", $"paths={count}\n" + string.Join("\n", Problems));
        await ScreenshotAsync(page, "probe");
    }
}
