using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TradeTalks.EndToEnd.Support;

/// <summary>
/// The W3C Nu HTML checker (vnu.jar from the vnu-jar npm package, run on Java), over many documents in one run: it is a
/// JVM, so it starts once. .ci/run installs it when it is missing.
/// </summary>
public static partial class NuHtmlChecker
{
    public const string Variable = "VNU_JAR";

    /// <summary>Where .ci/run installs the package (npm install --prefix) when none is named: outside the repository.</summary>
    public static string InstallFolder { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cache ? cache : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
        "tradetalks", "vnu");

    /// <summary>Java and the jar (<see cref="Variable"/>, else the one in <see cref="InstallFolder"/>), or why the check cannot run here.</summary>
    public static (string Java, string Jar)? Find(out string missing)
    {
        var jar = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(InstallFolder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        var java = FindJava();
        missing = java is null
            ? "No Java found (checked $JAVA_HOME/bin/java, then PATH). Install it with 'apt-get install -y default-jre-headless'."
            : !File.Exists(jar)
                ? $"No vnu.jar at {jar}. Install the checker with 'npm install --prefix {InstallFolder} --ignore-scripts vnu-jar' " +
                  $"(bash .ci/run does), or point {Variable} at a vnu.jar."
                : "";
        return java is not null && File.Exists(jar) ? (java, jar) : null;
    }

    /// <summary>
    /// Checks every file and returns the errors, each with its file, leaving out only those about Blazor's scoped-CSS
    /// attributes (b- and ten letters or digits, on any element): the checker knows no such attribute, and Blazor writes
    /// one on every element of a component with a .razor.css beside it.
    /// </summary>
    public static async Task<List<Finding>> CheckAsync(string java, string jar, IReadOnlyCollection<string> files)
    {
        var start = new ProcessStartInfo(java) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", jar, "--errors-only", "--asciiquotes", "--format", "json", "--exit-zero-always" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        // The report comes on standard error; both are read at once so neither pipe fills and stalls the checker.
        var report = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The HTML checker did not finish {files.Count} documents within five minutes.");
        }

        await output;

        using var json = JsonDocument.Parse(await report);
        return [.. json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => new Finding(
                LocalPath(m.TryGetProperty("url", out var url) ? url.GetString()! : ""),
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString()!,
                m.TryGetProperty("extract", out var extract) ? extract.GetString()!.ReplaceLineEndings(" ") : ""))
            .Where(f => !ScopedCssAttribute().IsMatch(f.Message))];
    }

    /// <summary>The checker names a file as file:/tmp/…, a form System.Uri does not read.</summary>
    private static string LocalPath(string url) =>
        Uri.UnescapeDataString(url.StartsWith("file:", StringComparison.Ordinal) ? url["file:".Length..] : url);

    [GeneratedRegex(@"^Attribute 'b-[a-z0-9]{10}' not allowed on element '[a-z0-9-]+' at this point\.$")]
    public static partial Regex ScopedCssAttribute();

    private static string? FindJava()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        var candidates = (string.IsNullOrEmpty(home) ? [] : new[] { Path.Combine(home, "bin", "java") })
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(folder => Path.Combine(folder, "java")));
        return candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>One error: the file, its line, the checker's message and the markup around it.</summary>
    public sealed record Finding(string File, int Line, string Message, string Extract);
}
