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

    /// <summary>The executable PLAYWRIGHT_CHROMIUM_EXECUTABLE names if it exists, else /usr/bin/chromium if that exists, else null.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured) && File.Exists(configured))
        {
            return configured;
        }

        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }

    public static string MissingMessage =>
        $"No Chromium found (checked ${Variable}, then /usr/bin/chromium). Install it with 'apt-get install -y chromium' " +
        $"or point {Variable} at a Chromium executable.";

    public static bool RunningInCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
