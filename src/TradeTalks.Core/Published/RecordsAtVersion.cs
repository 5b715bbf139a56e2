using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TradeTalks.DataSets;
using TradeTalks.Store;

namespace TradeTalks.Published;

/// <summary>
/// The store as it stood at a data version, rebuilt from the history: each top-level record is the entry its latest
/// version at or before that change set holds, and absent when that version removed it. Read from the index on
/// (kind, key, change set), one row per record, never by replaying the change sets one by one.
/// </summary>
public static class RecordsAtVersion
{
    public static async Task<DataSetDocument> ReadAsync(TradeTalksDbContext db, long version, CancellationToken cancellationToken = default)
    {
        var latest = db.RecordVersions
            .Where(v => v.ChangeSetId <= version)
            .GroupBy(v => new { v.Kind, v.Key })
            .Select(g => new { g.Key.Kind, g.Key.Key, ChangeSetId = g.Max(v => v.ChangeSetId) });
        var rows = from v in db.RecordVersions
                   join l in latest on new { v.Kind, v.Key, v.ChangeSetId } equals new { l.Kind, l.Key, l.ChangeSetId }
                   where v.After != null
                   select new { v.Kind, v.After };

        var types = Kinds.TopLevel.ToDictionary(k => k.Name, k => k.EntryType, StringComparer.Ordinal);
        var entries = Kinds.TopLevel.ToDictionary(k => k.Name, _ => new List<IEntry>(), StringComparer.Ordinal);
        await foreach (var row in rows.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            // A kind the data set no longer has cannot be shown; it would have been refused by a write since.
            if (types.TryGetValue(row.Kind, out var type))
            {
                entries[row.Kind].Add((IEntry)JsonSerializer.Deserialize(row.After!, type, DataSetJson.CompactOptions)!);
            }
        }

        return Kinds.TopLevel.Aggregate(new DataSetDocument(), (document, kind) =>
            kind.Read(document, (_, _) => [.. entries[kind.Name].OrderBy(e => e.Key, StringComparer.Ordinal)]));
    }
}
