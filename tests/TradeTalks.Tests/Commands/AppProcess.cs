using System.Diagnostics;

namespace TradeTalks.Tests.Commands;

/// <summary>The built app started as its own process, as a researcher runs it, against a store file given by environment.</summary>
public static class AppProcess
{
    public static ProcessStartInfo StartInfo(string databasePath, string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TradeTalks.Web.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ConnectionStrings__TradeTalks"] = $"Data Source={databasePath}";
        info.Environment["PWD"] = workingDirectory;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return info;
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string databasePath, string workingDirectory, params string[] args)
    {
        using var process = Process.Start(StartInfo(databasePath, workingDirectory, args))!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
