using System.Diagnostics;

namespace TradeTalks.EndToEnd.Support;

/// <summary>
/// Two published instances on one throwaway PostgreSQL behind nginx, started and stopped by the repository's own
/// <c>scripts/two-instances.sh</c> (which installs PostgreSQL and nginx from Debian when they are missing). Locally a
/// machine that cannot run it skips the tests with the reason; under CI=true they fail instead.
/// </summary>
public sealed class TwoInstanceDeployment : IAsyncLifetime
{
    private static readonly string Script = Path.Combine(RepositoryRoot(), "scripts", "two-instances.sh");
    private Dictionary<string, string> _env = [];
    private string? _folder;

    public string? SkipReason { get; private set; }

    public string Proxy => _env["TRADETALKS_PROXY"];

    public string A => _env["TRADETALKS_A"];

    public string B => _env["TRADETALKS_B"];

    public string Editor => _env["TRADETALKS_EDITOR"];

    public string Password => _env["TRADETALKS_EDITOR_PASSWORD"];

    public int Pid(string instance) => int.Parse(_env[instance == A ? "TRADETALKS_A_PID" : "TRADETALKS_B_PID"], System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask InitializeAsync()
    {
        var (exit, output, error) = await RunAsync("start");
        _folder = output.Trim().Split('\n').LastOrDefault()?.Trim();
        if (exit != 0 || _folder is null || !File.Exists(Path.Combine(_folder, "env")))
        {
            var reason = $"scripts/two-instances.sh start failed ({exit}): {error}";
            if (Chromium.RunningInCi)
            {
                throw new InvalidOperationException(reason);
            }

            SkipReason = reason;
            return;
        }

        _env = File.ReadAllLines(Path.Combine(_folder, "env"))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1].Trim('"'));

    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null && Directory.Exists(_folder))
        {
            await RunAsync("stop", _folder);
        }
    }

    /// <summary>Kills an instance the way a crash would (SIGKILL).</summary>
    public void Kill(string instance)
    {
        using var process = Process.GetProcessById(Pid(instance));
        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TradeTalks.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("TradeTalks.sln not found above " + AppContext.BaseDirectory);
    }
}
