using System.CommandLine;
using System.Globalization;
using TradeTalks.DataSets;
using TradeTalks.History;

namespace TradeTalks.Web.Commands;

/// <summary>The verbs that move the data set in and out of the store: export, import and validate.</summary>
public static class DataSetCommands
{
    private const string StandardStream = "-";

    public static IEnumerable<Command> Create(CommandContext context)
    {
        yield return Export(context);
        yield return Import(context);
        yield return Validate(context);
    }

    private static Command Export(CommandContext context)
    {
        var file = new Argument<string>("file") { Description = "Where to write the data set, or - for standard output." };
        var command = new Command("export", "Write the whole store as a data set (the format of data/tradetalks.json).") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(file)!;
            await using var host = await CommandHost.StartAsync(context, cancellationToken, requireExistingStore: true);
            if (host.MissingStore is { } missing)
            {
                await context.Error.WriteLineAsync(
                    $"There is no store at {missing}; nothing was exported. Check ConnectionStrings:TradeTalks (or ConnectionStrings__TradeTalks), or start the dashboard once to create it.");
                return 1;
            }

            var document = await host.Services.GetRequiredService<DataSetExporter>().ExportAsync(cancellationToken);
            var bytes = DataSetJson.Serialize(document);
            if (target == StandardStream)
            {
                await context.Output.FlushAsync(cancellationToken);
                await using var standardOutput = context.OpenStandardOutput();
                await standardOutput.WriteAsync(bytes, cancellationToken);
                await standardOutput.FlushAsync(cancellationToken);
            }
            else
            {
                // Written beside the target, then moved over it: a failed export never leaves half a file.
                var full = context.PathOf(target);
                var partial = full + ".partial";
                await File.WriteAllBytesAsync(partial, bytes, cancellationToken);
                File.Move(partial, full, overwrite: true);
            }

            await context.Error.WriteLineAsync($"Exported {Counts(document)} to {(target == StandardStream ? "standard output" : target)}.");
            return 0;
        });
        return command;
    }

    private static Command Import(CommandContext context)
    {
        var file = new Argument<string>("file") { Description = "The data set to import, or - for standard input." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and show what would change, field by field, without writing." };
        var replace = new Option<bool>("--replace") { Description = "Also remove stored records that the file does not hold: the store becomes the file." };
        var command = new Command("import", "Check a data set whole, then add new records and update changed ones by key, in one transaction.")
        {
            file, dryRun, replace,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var source = parse.GetValue(file)!;
            var read = await ReadAsync(context, source, cancellationToken);
            if (read is null)
            {
                return 1;
            }

            var isDryRun = parse.GetValue(dryRun);
            await using var host = await CommandHost.StartAsync(context, cancellationToken);
            ImportReport report;
            try
            {
                var author = new WriteAuthor($"command line ({Environment.UserName})", ChangeOrigin.Import,
                    source == StandardStream ? "standard input" : Path.GetFileName(source), read.Sha256);
                report = await host.Services.GetRequiredService<StoreWriter>()
                    .ApplyAsync(read.Document!, parse.GetValue(replace) ? WriteMode.Replace : WriteMode.Upsert, isDryRun, cancellationToken, author);
            }
            catch (StoreWriteException exception)
            {
                await context.Error.WriteLineAsync($"{source}: {exception.Message}");
                return 1;
            }

            await ImportSummary.WriteAsync(context.Output, report, isDryRun);
            return 0;
        });
        return command;
    }

    private static Command Validate(CommandContext context)
    {
        var file = new Argument<string>("file") { Description = "The data set to check, or - for standard input." };
        var command = new Command("validate", "Check a data set against the schema and the rules between records, without touching the store.") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var source = parse.GetValue(file)!;
            var read = await ReadAsync(context, source, cancellationToken);
            if (read is null)
            {
                return 1;
            }

            await context.Output.WriteLineAsync($"{source}: valid: {Counts(read.Document!)}.");
            return 0;
        });
        return command;
    }

    /// <summary>Reads and checks a data set; prints every problem and returns null when there are any.</summary>
    private static async Task<DataSetReadResult?> ReadAsync(CommandContext context, string source, CancellationToken cancellationToken)
    {
        DataSetReadResult result;
        try
        {
            await using var stream = source == StandardStream ? context.OpenStandardInput() : File.OpenRead(context.PathOf(source));
            result = await DataSetReader.ReadAsync(stream, cancellationToken);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            await context.Error.WriteLineAsync($"{source}: no such file. Give the path of a data set (such as data/tradetalks.json), or - to read standard input.");
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"{source}: cannot be read ({exception.Message}). Check the path and its permissions.");
            return null;
        }

        if (result.IsValid)
        {
            return result;
        }

        foreach (var problem in result.Problems)
        {
            await context.Error.WriteLineAsync(problem.ToString(source));
        }

        await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{source}: {result.Problems.Count} problem(s) found; nothing was written. Fix them and run the command again (validate checks a file without importing it)."));
        return null;
    }

    private static string Counts(DataSetDocument document) => string.Join(", ", Kinds.All.Select(k => k.Count(k.EntriesIn(document).Count)));
}
