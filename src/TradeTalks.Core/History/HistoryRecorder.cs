using System.Text.Json;
using TradeTalks.DataSets;
using TradeTalks.Store;

namespace TradeTalks.History;

/// <summary>Who is writing, as the history will name them.</summary>
public sealed record WriteAuthor(string Actor, ChangeOrigin Origin, string? FileName = null, string? FileHash = null)
{
    public static WriteAuthor BundledDataSet { get; } = new("bundled data set", ChangeOrigin.Seed);

    /// <summary>A write whose caller did not say who it is (tests, tools); recorded as an import.</summary>
    public static WriteAuthor Unnamed { get; } = new("unnamed", ChangeOrigin.Import);
}

/// <summary>
/// Turns a write into its history entry: the change set, and each top-level record before and after. The versions are
/// compared and written one by one from compact JSON of the two sides, as rows, rather than held as a tree of every entry
/// and tracked: for a file at the import's size limit that was hundreds of megabytes and a third of its time.
/// </summary>
internal static class HistoryRecorder
{
    public static ChangeSet Record(WriteAuthor author, DateTimeOffset at, IReadOnlyList<RecordChange> changes) => new()
    {
        At = at,
        Actor = author.Actor,
        Origin = author.Origin,
        FileName = author.FileName,
        FileHash = author.FileHash,
        Added = changes.Count(c => c.Type == RecordChangeType.Added),
        Changed = changes.Count(c => c.Type == RecordChangeType.Changed),
        Removed = changes.Count(c => c.Type == RecordChangeType.Removed),
    };

    /// <summary>Writes the versions of <paramref name="changeSet"/> (already saved) inside the write's transaction.</summary>
    public static async Task WriteVersionsAsync(
        TradeTalksDbContext db, ChangeSet changeSet, DataSetDocument before, DataSetDocument after, CancellationToken cancellationToken)
    {
        var type = db.Model.FindEntityType(typeof(RecordVersion))!;
        using var insert = RowCommand.Insert(db,
        [
            .. new[] { nameof(RecordVersion.ChangeSetId), nameof(RecordVersion.Kind), nameof(RecordVersion.Key), nameof(RecordVersion.Type), nameof(RecordVersion.Before), nameof(RecordVersion.After) }
                .Select(name => type.FindProperty(name)!),
        ]);
        foreach (var version in Versions(before, after))
        {
            await insert.RunAsync(cancellationToken, changeSet.Id, version.Kind, version.Key, version.Type, version.Before, version.After);
        }
    }

    /// <summary>
    /// Every top-level record that differs between the two, kind by kind in the data set's order: added and changed ones
    /// in the order of <paramref name="after"/>, then removed ones. Each entry is written on its own as compact JSON, as it
    /// stands on one line in an export, rather than both documents at once: those were the file's size twice over again.
    /// </summary>
    public static IEnumerable<RecordVersion> Versions(DataSetDocument before, DataSetDocument after)
    {
        foreach (var kind in Kinds.TopLevel)
        {
            var was = kind.EntriesIn(before).ToDictionary(e => e.Entry.Key, e => e.Entry, StringComparer.Ordinal);
            var now = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (entry, _) in kind.EntriesIn(after))
            {
                now.Add(entry.Key);
                var json = Compact(entry);
                if (!was.TryGetValue(entry.Key, out var previous))
                {
                    yield return Version(kind.Name, entry.Key, RecordChangeType.Added, null, json);
                }
                else if (Compact(previous) is var old && old != json)
                {
                    yield return Version(kind.Name, entry.Key, RecordChangeType.Changed, old, json);
                }
            }

            foreach (var (key, entry) in was.Where(p => !now.Contains(p.Key)))
            {
                yield return Version(kind.Name, key, RecordChangeType.Removed, Compact(entry), null);
            }
        }
    }

    /// <summary>An entry on one line, as each version is stored: equal entries are then equal text.</summary>
    private static string Compact(IEntry entry) => JsonSerializer.Serialize(entry, entry.GetType(), DataSetJson.CompactOptions);

    private static RecordVersion Version(string kind, string key, RecordChangeType type, string? before, string? after) => new()
    {
        Kind = kind,
        Key = key,
        Type = type,
        Before = before,
        After = after,
    };
}
