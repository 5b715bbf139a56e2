using System.CommandLine;
using System.Globalization;
using TradeTalks.SourceChecks;
using TradeTalks.Web.Extensions;

namespace TradeTalks.Web.Commands;

/// <summary>
/// The <c>sources check</c> verb: fetches each source's address, keeps the results in the store, prints one line a
/// source and a summary, and fails when a source is gone, so that a scheduled job notices.
/// </summary>
public static class SourceCommands
{
    public static Command Create(CommandContext context)
    {
        var sources = new Command("sources", "Work with the sources records cite: check their addresses.");
        sources.Subcommands.Add(Check(context));
        return sources;
    }

    private static Command Check(CommandContext context)
    {
        var key = new Option<string>("--source") { Description = "Check only the source with this key." };
        var command = new Command("check",
            "Fetch every source's address (or one) and report each as reachable, moved, gone, changed since the last check, or unreachable. " +
            "Exits with 1 when a source is gone.") { key };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CommandHost.StartAsync(context, cancellationToken, services: s => s.AddSourceChecks());
            var only = parse.GetValue(key);
            var run = await host.Services.GetRequiredService<SourceChecker>().CheckAsync(only, cancellationToken);
            if (run is null)
            {
                await context.Error.WriteLineAsync($"No source has the key \"{only}\"; nothing was checked. The keys are in the data set's sources, or on /edit/sources.");
                return 1;
            }

            foreach (var check in run.Checks)
            {
                await context.Output.WriteLineAsync(Line(check));
            }

            await context.Output.WriteLineAsync(Summary(run));
            var gone = run.Checks.Count(c => c.Outcome == SourceCheckOutcome.Gone);
            if (gone > 0)
            {
                await context.Error.WriteLineAsync(gone == 1
                    ? "1 source is gone: find where its document lives now (or a kept copy) and correct its address."
                    : $"{gone} sources are gone: find where their documents live now (or kept copies) and correct their addresses.");
                return 1;
            }

            return 0;
        });
        return command;
    }

    private static string Line(SourceCheck check) =>
        string.Create(CultureInfo.InvariantCulture, $"{check.SourceKey,-32} {SourceCheckWords.Of(check.Outcome),-11} {check.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "-",3}  ") +
        (check.Message ?? check.FinalAddress ?? check.Address);

    private static string Summary(SourceCheckRun run)
    {
        var counts = Enum.GetValues<SourceCheckOutcome>().Select(o => $"{run.Checks.Count(c => c.Outcome == o)} {SourceCheckWords.Of(o)}");
        var without = run.WithoutAddress switch
        {
            0 => "",
            1 => " 1 source has no address to check.",
            var n => $" {n} sources have no address to check.",
        };
        return $"Checked {Count(run.Checks.Count)}: {string.Join(", ", counts)}.{without}";
    }

    private static string Count(int n) => n == 1 ? "1 source" : $"{n} sources";
}
