using Microsoft.Playwright;

namespace TradeTalks.Bench;

/// <summary>Chromium through Playwright (the system's /usr/bin/chromium, as the browser tests use it).</summary>
public static class Browser
{
    public static async Task<BrowserSession> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE") ?? "/usr/bin/chromium",
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new BrowserSession(playwright, browser);
    }

    /// <summary>A first visit with an empty cache: every byte on the wire (bodies as sent, compressed or not, and headers).</summary>
    public static async Task<(long Bytes, int Requests)> VisitAsync(BrowserSession browser, string url)
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var finished = new List<IRequest>();
        page.RequestFinished += (_, request) => { lock (finished) finished.Add(request); };
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.WaitForTimeoutAsync(500);
        long bytes = 0;
        foreach (var request in finished.ToList())
        {
            var sizes = await request.SizesAsync();
            bytes += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
        }

        return (bytes, finished.Count);
    }

    /// <summary>Opens the page in many tabs and keeps them open: the server's resident memory added per reader, and live sockets.</summary>
    public static async Task<(double BytesPerReader, int Sockets, int Readers)> MemoryPerReaderAsync(BrowserSession browser, Server server, string path, int readers)
    {
        await using var context = await browser.Browser.NewContextAsync();
        var warm = await context.NewPageAsync();
        await warm.GotoAsync(server.BaseAddress + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await warm.CloseAsync();
        GC.Collect();
        await Task.Delay(1000);
        var before = server.ResidentBytes();
        var sockets = 0;
        var pages = new List<IPage>();
        for (var i = 0; i < readers; i++)
        {
            var page = await context.NewPageAsync();
            page.WebSocket += (_, _) => Interlocked.Increment(ref sockets);
            await page.GotoAsync(server.BaseAddress + path + "?reader=" + i, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            pages.Add(page);
        }

        await Task.Delay(2000);
        var after = server.ResidentBytes();
        return (Math.Max(0, after - before) / (double)readers, sockets, readers);
    }
}

public sealed class BrowserSession(IPlaywright playwright, IBrowser browser) : IAsyncDisposable
{
    public IBrowser Browser { get; } = browser;

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
