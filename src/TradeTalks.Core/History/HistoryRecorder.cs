using System.Runtime.InteropServices;
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

    /// <summary>Every top-level record that differs between the two, kind by kind in the data set's order: added and changed ones in the order of <paramref name="after"/>, then removed ones.</summary>
    public static IEnumerable<RecordVersion> Versions(DataSetDocument before, DataSetDocument after)
    {
        using var old = Compact(before);
        using var @new = Compact(after);
        foreach (var kind in DataSetEntries.Kinds)
        {
            var was = Entries(old, kind).ToDictionary(e => e.GetProperty("key").GetString()!, StringComparer.Ordinal);
            var now = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in Entries(@new, kind))
            {
                var key = entry.GetProperty("key").GetString()!;
                now.Add(key);
                if (!was.TryGetValue(key, out var previous))
                {
                    yield return Version(kind, key, RecordChangeType.Added, null, entry);
                }
                else if (!JsonMarshal.GetRawUtf8Value(previous).SequenceEqual(JsonMarshal.GetRawUtf8Value(entry)))
                {
                    yield return Version(kind, key, RecordChangeType.Changed, previous, entry);
                }
            }

            foreach (var (key, entry) in was.Where(p => !now.Contains(p.Key)))
            {
                yield return Version(kind, key, RecordChangeType.Removed, entry, null);
            }
        }
    }

    /// <summary>The document on one line, as each version is stored: equal entries are then equal bytes.</summary>
    private static JsonDocument Compact(DataSetDocument document) =>
        JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(document, DataSetJson.CompactOptions));

    private static IEnumerable<JsonElement> Entries(JsonDocument document, string kind) =>
        document.RootElement.TryGetProperty(kind, out var entries) && entries.ValueKind == JsonValueKind.Array ? entries.EnumerateArray() : [];

    private static RecordVersion Version(string kind, string key, RecordChangeType type, JsonElement? before, JsonElement? after) => new()
    {
        Kind = kind,
        Key = key,
        Type = type,
        Before = before?.GetRawText(),
        After = after?.GetRawText(),
    };
}
