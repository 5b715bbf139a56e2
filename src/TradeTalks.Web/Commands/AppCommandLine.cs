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
        var verbs = DataSetCommands.Create(context).Append(UserCommands.Create(context)).Append(StoreCommands.Create(context)).Append(SourceCommands.Create(context)).Append(ProductCommands.Create(context)).ToList();
        root.SetAction(async (_, _) =>
        {
            // The web host's options start with a dash or a slash or set a key (urls=...); any other first word is a
            // misspelt verb.
            if (args.Length > 0 && !args[0].StartsWith('-') && !args[0].StartsWith('/') && !args[0].Contains('=', StringComparison.Ordinal))
            {
                await context.Error.WriteLineAsync(
                    $"\"{args[0]}\" is not a verb. The verbs are {string.Join(", ", verbs.Select(v => v.Name))}; without one the dashboard starts. See --help.");
                return 2;
            }

            return await serve(args);
        });
        foreach (var verb in verbs)
        {
            root.Subcommands.Add(verb);
        }

        // Response files (@file) are off: "@" is not special in a path given to import or export.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count == 0 && parsed.CommandResult.Command != root && await CommandContext.RefuseUnmatchedAsync(parsed, context.Error))
        {
            return 2;
        }

        var invoked = await parsed.InvokeAsync(new InvocationConfiguration
        {
            Output = context.Output,
            Error = context.Error,
            // The web host's own start-up signals travel as exceptions and must reach it untouched.
            EnableDefaultExceptionHandler = false,
        });

        // A command line the parser could not read (a verb without its file, say) is a usage error, like a misspelt option.
        return parsed.Errors.Count > 0 ? 2 : invoked;
    }
}

/// <summary>Where a verb reads and writes, and how its host is configured: the console by default, other writers in tests.</summary>
public sealed class CommandContext
{
    /// <summary>
    /// Unmatched tokens pass through to the web host when no verb is given; under a verb they are mistakes
    /// (<c>--dryrun</c> for <c>--dry-run</c>) and stop it before it touches anything. The command line checks this once
    /// for every verb, before running it.
    /// </summary>
    public static async Task<bool> RefuseUnmatchedAsync(ParseResult parse, TextWriter error)
    {
        if (parse.UnmatchedTokens.Count == 0)
        {
            return false;
        }

        await error.WriteLineAsync(
            $"Not understood: {string.Join(" ", parse.UnmatchedTokens)}. Run '{parse.CommandResult.Command.Name} --help' to see what it takes; nothing was done.");
        return true;
    }

    public TextWriter Output { get; init; } = Console.Out;

    public TextWriter Error { get; init; } = Console.Error;

    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>The clock a verb dates its output by (the product build's manifest).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where <c>export -</c> writes its bytes, untouched by the console's text encoding.</summary>
    public Func<Stream> OpenStandardOutput { get; init; } = Console.OpenStandardOutput;

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
