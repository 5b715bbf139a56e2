using System.CommandLine;

namespace TradeTalks.Web.Commands;

/// <summary>
/// The app's command line. Without a verb it serves the dashboard, passing every argument on to the web host
/// (<c>--urls</c> and the like); with one it runs that verb against the configured store and exits.
/// </summary>
public static class AppCommandLine
{
    public static async Task<int> InvokeAsync(string[] args, Func<string[], Task<int>> serve, CommandContext? context = null)
    {
        context ??= new CommandContext();
        var root = new RootCommand("TradeTalks: a dashboard of the US–China trade talks. Without a verb it serves the dashboard.")
        {
            // The web host reads its own options (--urls, --environment, --Key=value); the parser lets them through.
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction((_, _) => serve(args));
        foreach (var verb in DataSetCommands.Create(context))
        {
            root.Subcommands.Add(verb);
        }

        // Response files (@file) are off: "@" is not special in a path given to import or export.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        return await parsed.InvokeAsync(new InvocationConfiguration
        {
            Output = context.Output,
            Error = context.Error,
            // The web host's own start-up signals travel as exceptions and must reach it untouched.
            EnableDefaultExceptionHandler = false,
        });
    }
}

/// <summary>Where a verb reads and writes, and how its host is configured: the console by default, other writers in tests.</summary>
public sealed class CommandContext
{
    public TextWriter Output { get; init; } = Console.Out;

    public TextWriter Error { get; init; } = Console.Error;

    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>
    /// The folder relative paths are taken from. <c>dotnet run</c> starts the app in the project's folder, but a path
    /// typed on its command line means the folder the command was typed in, which the shell keeps in PWD.
    /// </summary>
    public string WorkingDirectory { get; init; } =
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Environment.CurrentDirectory;

    public string PathOf(string file) => Path.GetFullPath(file, WorkingDirectory);

    /// <summary>Changes to the verb's host before it is built (tests point it at a temporary store).</summary>
    public Action<WebApplicationBuilder>? ConfigureHost { get; init; }
}
