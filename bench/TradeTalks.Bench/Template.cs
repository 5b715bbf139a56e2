namespace TradeTalks.Bench;

/// <summary>
/// <c>dotnet new blazor</c>, published the way the app is, with copies of the app's pages as files in its wwwroot: "the
/// same Kestrel serving the same HTML as a static file", what the app's requests per second are measured against.
/// </summary>
internal static class Template
{
    /// <summary>
    /// Publishes the template to <c>{work}/{name}</c> with each of <paramref name="copies"/> (file name, HTML) in its
    /// wwwroot, and returns its dll. The copies go in before the publish: the template serves only the files its static
    /// assets manifest lists.
    /// </summary>
    public static async Task<string> PublishAsync(string work, string name, IReadOnlyDictionary<string, string> copies)
    {
        var source = Path.Combine(work, name + "-src");
        var target = Path.Combine(work, name);
        if (Directory.Exists(source))
        {
            Directory.Delete(source, recursive: true);
        }

        await Processes.RunAsync("dotnet", $"new blazor -o \"{source}\" -n BlazorTemplate --interactivity Server --no-https --force");
        foreach (var (file, html) in copies)
        {
            await File.WriteAllTextAsync(Path.Combine(source, "wwwroot", file), html);
        }

        // Published the way the app is (ReadyToRun for linux-x64, with the same crossgen options as TradeTalks.Web.csproj),
        // so the start-up ratio compares like with like.
        await Processes.RunAsync("dotnet", $"publish \"{source}\" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true " +
            "\"-p:PublishReadyToRunCrossgen2ExtraArgs=--opt-cross-module:*%3B--non-local-generics-module:*%3B--opt-async-methods\" " +
            $"-o \"{target}\" --nologo");
        return DllIn(target);
    }

    public static string DllIn(string folder) => Path.Combine(folder, "BlazorTemplate.dll");
}
