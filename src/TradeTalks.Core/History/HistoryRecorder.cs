using System.Text.Json.Nodes;
using TradeTalks.DataSets;

namespace TradeTalks.History;

/// <summary>Who is writing, as the history will name them.</summary>
public sealed record WriteAuthor(string Actor, ChangeOrigin Origin, string? FileName = null, string? FileHash = null)
{
    public static WriteAuthor BundledDataSet { get; } = new("bundled data set", ChangeOrigin.Seed);

    /// <summary>A write whose caller did not say who it is (tests, tools); recorded as an import.</summary>
    public static WriteAuthor Unnamed { get; } = new("unnamed", ChangeOrigin.Import);
}

/// <summary>Turns a write into its history entry: the change set, and each top-level record before and after.</summary>
internal static class HistoryRecorder
{
    public static ChangeSet Record(WriteAuthor author, DateTimeOffset at, IReadOnlyList<RecordChange> changes, DataSetDocument before, DataSetDocument after)
    {
        var set = new ChangeSet
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

        var old = DataSetEntries.ByKind(before);
        var @new = DataSetEntries.ByKind(after);
        foreach (var kind in DataSetEntries.Kinds)
        {
            var was = old[kind];
            var now = @new[kind];
            foreach (var (key, entry) in now)
            {
                if (!was.TryGetValue(key, out var previous))
                {
                    set.Records.Add(Version(kind, key, RecordChangeType.Added, null, entry));
                }
                else if (!JsonNode.DeepEquals(previous, entry))
                {
                    set.Records.Add(Version(kind, key, RecordChangeType.Changed, previous, entry));
                }
            }

            foreach (var (key, entry) in was.Where(p => !now.ContainsKey(p.Key)))
            {
                set.Records.Add(Version(kind, key, RecordChangeType.Removed, entry, null));
            }
        }

        return set;
    }

    private static RecordVersion Version(string kind, string key, RecordChangeType type, JsonObject? before, JsonObject? after) => new()
    {
        Kind = kind,
        Key = key,
        Type = type,
        Before = before?.ToJsonString(DataSetJson.CompactOptions),
        After = after?.ToJsonString(DataSetJson.CompactOptions),
    };
}
