using Microsoft.Playwright;

namespace TradeTalks.EndToEnd.Support;

/// <summary>
/// A test that drives the app in Chromium. Each test gets a fresh browser context (own storage, own viewport); console
/// errors and failed requests are collected so every test can assert there were none.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    public const int DesktopWidth = 1280;
    public const int DesktopHeight = 800;
    public const int PhoneWidth = 390;
    public const int PhoneHeight = 844;

    private readonly List<IBrowserContext> _contexts = [];

    protected BrowserFixture Fixture { get; } = fixture;

    protected List<string> Problems { get; } = [];

    /// <summary>Every WebSocket a page opened: a Blazor circuit shows up here. Reading pages open none.</summary>
    protected List<string> Sockets { get; } = [];

    protected string Url(string path) => Fixture.App.BaseAddress + path;

    public ValueTask InitializeAsync()
    {
        if (Fixture.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }

    /// <summary>A new page at a viewport size, optionally in dark mode already.</summary>
    protected async Task<IPage> NewPageAsync(int width = DesktopWidth, int height = DesktopHeight, bool javaScript = true)
    {
        var context = await Fixture.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            TimezoneId = "Europe/London",
            Locale = "en-GB",
            JavaScriptEnabled = javaScript,
        });
        _contexts.Add(context);
        // CI runs these beside the other test assembly on two cores: waits are generous (the fixture sets the
        // assertions' own), so a slow machine is not a failure. A passing step never waits for them.
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Problems.Add($"console error on {page.Url}: {message.Text}");
            }
        };
        page.WebSocket += (_, socket) => Sockets.Add(socket.Url);
        page.PageError += (_, error) => Problems.Add($"page error on {page.Url}: {error}");
        page.RequestFailed += (_, request) => Problems.Add($"request failed: {request.Method} {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        return page;
    }

    /// <summary>Opens a path; on the editors' desk (the one interactive part) it waits until the circuit is live.</summary>
    protected static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        if (new Uri(url).AbsolutePath.StartsWith("/edit", StringComparison.Ordinal))
        {
            await WaitInteractiveAsync(page);
        }
    }

    /// <summary>
    /// Follows a link of the navigation and waits for the new page's heading. Enhanced navigation changes the address
    /// before the page arrives, so the address alone does not say the new page is there.
    /// </summary>
    protected static async Task FollowNavAsync(IPage page, string key, string heading)
    {
        await page.Locator($"[data-testid=nav-{key}]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
    }

    protected static Task WaitInteractiveAsync(IPage page) =>
        page.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 20_000 });

    protected static async Task<string> TextAsync(IPage page, string testId) =>
        (await page.Locator($"[data-testid={testId}]").First.InnerTextAsync()).Trim();

    /// <summary>Saves what the viewer sees first, and the whole page beside it.</summary>
    protected static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsFolder, name + ".png") });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsFolder, name + "-full.png"), FullPage = true });
    }

    protected void AssertNoProblems() => Assert.True(Problems.Count == 0, string.Join(Environment.NewLine, Problems));
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
