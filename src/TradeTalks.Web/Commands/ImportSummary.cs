using System.Globalization;
using TradeTalks.DataSets;

namespace TradeTalks.Web.Commands;

/// <summary>What an import printed: a table of counts per kind and, for a dry run, every change field by field.</summary>
public static class ImportSummary
{
    public static async Task WriteAsync(TextWriter output, ImportReport report, bool dryRun)
    {
        if (dryRun)
        {
            foreach (var change in report.Changes)
            {
                await output.WriteLineAsync(Line(change));
                if (change.Type == RecordChangeType.Changed)
                {
                    foreach (var field in change.Fields)
                    {
                        await output.WriteLineAsync($"    {field.Field}: {field.Before ?? "(absent)"} -> {field.After ?? "(absent)"}");
                    }
                }
            }

            if (report.Changes.Count > 0)
            {
                await output.WriteLineAsync();
            }
        }

        await output.WriteLineAsync(Row("kind", "added", "changed", "unchanged", "removed"));
        foreach (var kind in report.Kinds)
        {
            await output.WriteLineAsync(Row(kind.Kind, N(kind.Added), N(kind.Changed), N(kind.Unchanged), N(kind.Removed)));
        }

        await output.WriteLineAsync(Row("total", N(report.Total(k => k.Added)), N(report.Total(k => k.Changed)), N(report.Total(k => k.Unchanged)), N(report.Total(k => k.Removed))));
        await output.WriteLineAsync(dryRun
            ? "Dry run: nothing was written."
            : report.Written ? "Imported in one transaction." : "The store already holds this data set; nothing was written.");
    }

    private static string Line(RecordChange change) => change.Type switch
    {
        RecordChangeType.Added => $"+ {change.Kind} {change.Key}",
        RecordChangeType.Removed => $"- {change.Kind} {change.Key}",
        _ => $"~ {change.Kind} {change.Key}",
    };

    private static string Row(string kind, string added, string changed, string unchanged, string removed) =>
        $"{kind,-18} {added,7} {changed,8} {unchanged,10} {removed,8}";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
