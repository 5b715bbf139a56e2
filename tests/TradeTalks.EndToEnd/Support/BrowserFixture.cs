using Microsoft.Playwright;

namespace TradeTalks.EndToEnd.Support;

/// <summary>One app server and one Chromium for the whole test assembly.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public AppServer App { get; private set; } = null!;

    public IBrowser? Browser { get; private set; }

    public string? SkipReason { get; private set; }

    public static string ArtifactsFolder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        // Assertions retry for up to 15 s (Playwright's default is 5): CI runs these beside the other test assembly on
        // two cores. The setting is process-wide, so it is made once, here.
        Assertions.SetDefaultExpectTimeout(15_000);
        // The app first: the HTML check (ValidHtmlTests) needs it, not a browser.
        App = new AppServer();
        var executable = Chromium.Find();
        if (executable is null)
        {
            if (Chromium.RunningInCi)
            {
                throw new InvalidOperationException(Chromium.MissingMessage + " CI=true, so the browser tests fail instead of skipping.");
            }

            SkipReason = Chromium.MissingMessage;
            return;
        }

        Directory.CreateDirectory(ArtifactsFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Chromium.LaunchArguments,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
}
