using System.Globalization;

namespace TradeTalks.Products.Building;

/// <summary>
/// The schedule's revisions from config/revision_dates.csv, in order, each with the day it took effect for China: the
/// policy_effective_date where there is one (the day the change applied), else the effective_date (the day the revision
/// was published). A revision the file leaves out (2026_rev_8, on purpose) is not built from.
/// </summary>
public static class RevisionCalendar
{
    public const string FileName = "config/revision_dates.csv";

    public static IReadOnlyList<(string Key, ScheduleRevision Revision)> Read(InputFolder folder)
    {
        var csv = InputCsv.Read(folder, FileName, "revision", "effective_date", "policy_effective_date");
        var revisions = new List<(string, ScheduleRevision)>();
        foreach (var row in csv.Rows)
        {
            var key = csv.Field(row, "revision");
            if (!TryNameOf(key, out var name))
            {
                throw ProductInputException.AtRow(FileName, row.Row, $"revision \"{key}\" is not one the build knows (basic, rev_N, 2026_basic or 2026_rev_N).");
            }

            var day = csv.Date(row, "policy_effective_date") ?? csv.Date(row, "effective_date")
                ?? throw ProductInputException.AtRow(FileName, row.Row, $"revision {key} has neither a policy_effective_date nor an effective_date.");
            if (revisions.Count > 0 && revisions[^1].Item2.EffectiveOn >= day)
            {
                throw ProductInputException.AtRow(FileName, row.Row,
                    $"revision {key} takes effect on {day:yyyy-MM-dd}, not after the revision before it ({revisions[^1].Item2.EffectiveOn:yyyy-MM-dd}); the revisions must run in order of their days.");
            }

            revisions.Add((key, new ScheduleRevision(name, day)));
        }

        return revisions.Count > 0 ? revisions : throw new ProductInputException($"{FileName}: holds no revision.");
    }

    /// <summary>The archive of a revision: data/hts_archives/hts_2025_rev_1.json.gz for rev_1.</summary>
    public static string ArchiveOf(string key) => $"data/hts_archives/hts_{(key.StartsWith("20", StringComparison.Ordinal) ? key : "2025_" + key)}.json.gz";

    /// <summary>The revision as the USITC names it: "2025 Basic Edition", "2026 Revision 10".</summary>
    private static bool TryNameOf(string key, out string name)
    {
        var parts = key.StartsWith("20", StringComparison.Ordinal) ? key.Split('_', 2) : ["2025", key];
        name = "";
        if (parts.Length != 2 || parts[0].Length != 4)
        {
            return false;
        }

        if (parts[1] == "basic")
        {
            name = $"{parts[0]} Basic Edition";
            return true;
        }

        if (parts[1].StartsWith("rev_", StringComparison.Ordinal) && int.TryParse(parts[1].AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            name = string.Create(CultureInfo.InvariantCulture, $"{parts[0]} Revision {number}");
            return true;
        }

        return false;
    }
}
