namespace TradeTalks.EndToEnd.Support;

/// <summary>Finds the system Chromium the browser tests drive.</summary>
public static class Chromium
{
    public const string Variable = "PLAYWRIGHT_CHROMIUM_EXECUTABLE";

    public static readonly string[] LaunchArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    /// <summary>The executable from PLAYWRIGHT_CHROMIUM_EXECUTABLE, else /usr/bin/chromium; null when neither exists.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }

    public static string MissingMessage =>
        $"No Chromium found (checked ${Variable}, then /usr/bin/chromium). Install it with 'apt-get install -y chromium' " +
        $"or point {Variable} at a Chromium executable.";

    public static bool RunningInCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
