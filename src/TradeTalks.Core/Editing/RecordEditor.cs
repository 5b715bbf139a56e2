using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TradeTalks.DataSets;
using TradeTalks.History;
using TradeTalks.Store;

namespace TradeTalks.Editing;

/// <summary>
/// Creates, changes, deletes and restores one record at a time, as its data-set entry (JSON), through the store's one
/// write path: the editor's forms are checked by exactly the rules an import is checked by, and every save is recorded
/// in the history. A save is refused when someone else changed the record since the editor opened it.
/// </summary>
public sealed partial class RecordEditor(IDbContextFactory<TradeTalksDbContext> contextFactory, StoreWriter writer, DataSetExporter exporter)
{
    /// <summary>Every entry of one kind as the store holds it now.</summary>
    public async Task<IReadOnlyList<JsonObject>> ListAsync(string kind, CancellationToken cancellationToken = default)
    {
        var document = DataSetEntries.ToJson(await exporter.ExportAsync(cancellationToken));
        return [.. DataSetEntries.Entries(document, RequireKind(kind)).OfType<JsonObject>()];
    }

    /// <summary>The store now, as JSON entries of every kind (what the forms offer as references).</summary>
    public async Task<JsonObject> CurrentAsync(CancellationToken cancellationToken = default) =>
        DataSetEntries.ToJson(await exporter.ExportAsync(cancellationToken));

    /// <summary>One record of a kind as the store holds it now, read alone; null when no record has the key.</summary>
    public async Task<JsonObject?> FindAsync(string kind, string key, CancellationToken cancellationToken = default)
    {
        var found = Kinds.Find(RequireKind(kind))!;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await found.FindAsync(db, key, cancellationToken) is { } entry ? DataSetEntries.ToJson(entry) : null;
    }

    /// <summary>Child kinds, which are edited inside their parent's form: the parent's kind and the list they sit in.</summary>
    public static IReadOnlyDictionary<string, (string Parent, string List)> ChildKinds { get; } =
        Kinds.All.Where(k => k.Parent is not null).ToDictionary(k => k.Name, k => (k.Parent!.Name, k.Property), StringComparer.Ordinal);

    /// <summary>
    /// Finds the form that edits a record of one of <paramref name="kinds"/> with <paramref name="key"/>: the record's own,
    /// or for a child (a tariff change) its parent's, with the list the child sits in.
    /// </summary>
    public async Task<(string Kind, string Key, string? List)?> LocateAsync(IEnumerable<string> kinds, string key, CancellationToken cancellationToken = default)
    {
        var store = await CurrentAsync(cancellationToken);
        foreach (var kind in kinds)
        {
            if (DataSetEntries.IsKind(kind) && DataSetEntries.IndexOf(DataSetEntries.Entries(store, kind), key) >= 0)
            {
                return (kind, key, null);
            }

            if (ChildKinds.TryGetValue(kind, out var child))
            {
                var parent = DataSetEntries.Entries(store, child.Parent).OfType<JsonObject>()
                    .FirstOrDefault(p => p[child.List] is JsonArray list && DataSetEntries.IndexOf(list, key) >= 0);
                if (parent is not null)
                {
                    return (child.Parent, DataSetEntries.Key(parent)!, child.List);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Checks an entry as a save would, without writing: the problems by field (paths relative to the entry, such as
    /// <c>changes[1].rate</c>) and those that belong to the record as a whole or to other records.
    /// </summary>
    public async Task<EntryProblems> CheckAsync(string kind, JsonObject? original, JsonObject edited, CancellationToken cancellationToken = default) =>
        Check(await CurrentAsync(cancellationToken), kind, original, edited);

    /// <summary>As <see cref="CheckAsync"/>, against a copy of the store the caller already holds (a form checks each field as it changes).</summary>
    public static EntryProblems Check(JsonObject store, string kind, JsonObject? original, JsonObject edited)
    {
        var document = store.DeepClone().AsObject();
        int index;
        try
        {
            index = Put(document, kind, original, edited, checkConflict: false);
        }
        catch (EditRefusedException refused)
        {
            return refused.Problems;
        }

        var read = DataSetReader.Read(DataSetEntries.ToBytes(document));
        return EntryProblems.From(read.Problems, document, kind, index);
    }

    /// <summary>Adds the entry (when <paramref name="original"/> is null) or replaces the original with it. Returns the history's change set.</summary>
    public Task<long> SaveAsync(string kind, JsonObject? original, JsonObject edited, string actor, CancellationToken cancellationToken = default)
    {
        RequireKind(kind);
        return WriteAsync(kind, document => Put(document, kind, original, edited, checkConflict: true), new WriteAuthor(actor, ChangeOrigin.Edit), cancellationToken);
    }

    /// <summary>Removes the record as the editor saw it. It stays in the history, from where it can be restored.</summary>
    public Task<long> DeleteAsync(string kind, JsonObject original, string actor, CancellationToken cancellationToken = default)
    {
        RequireKind(kind);
        return WriteAsync(kind, document =>
        {
            var entries = DataSetEntries.Entries(document, kind);
            var index = Current(entries, original);
            entries.RemoveAt(index);
            return -1;
        }, new WriteAuthor(actor, ChangeOrigin.Delete), cancellationToken);
    }

    /// <summary>
    /// Brings back a record as it was before (or after) one recorded change: added again if it was deleted since. The
    /// restore is itself a recorded change, so it can be undone the same way.
    /// </summary>
    /// <param name="current">The record as the editor saw it when choosing to restore (null when it was deleted); the restore is refused when it has changed since.</param>
    public async Task<long> RestoreAsync(long versionId, bool before, JsonObject? current, string actor, CancellationToken cancellationToken = default)
    {
        RecordVersion? version;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            version = await db.RecordVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        }

        var json = before ? version?.Before : version?.After;
        if (version is null || json is null)
        {
            throw new EditRefusedException(EntryProblems.General(
                version is null ? "That version is not in the history; reload the history page." : "The record did not exist at that point, so there is nothing to restore."));
        }

        var entry = JsonNode.Parse(json)!.AsObject();
        return await WriteAsync(version.Kind, document =>
        {
            var entries = DataSetEntries.Entries(document, version.Kind);
            var index = DataSetEntries.IndexOf(entries, version.Key);
            var now = index < 0 ? null : entries[index];
            if (!JsonNode.DeepEquals(now, current))
            {
                throw new EditConflictException(version.Key, removed: now is null, EntryDiff.Compare(current, now));
            }

            if (index < 0)
            {
                entries.Add(entry);
                return entries.Count - 1;
            }

            entries[index] = entry;
            return index;
        }, new WriteAuthor(actor, ChangeOrigin.Restore), cancellationToken);
    }

    private async Task<long> WriteAsync(string kind, Func<JsonObject, int> change, WriteAuthor author, CancellationToken cancellationToken)
    {
        JsonObject? composed = null;
        var index = -1;
        try
        {
            var report = await writer.EditAsync(current =>
            {
                composed = DataSetEntries.ToJson(current);
                index = change(composed);
                return composed;
            }, author, cancellationToken: cancellationToken);
            if (!report.Written)
            {
                throw new EditRefusedException(EntryProblems.General("Nothing differs from the stored record, so there was nothing to save."), nothingChanged: true);
            }

            return report.ChangeSetId!.Value;
        }
        catch (InvalidDataSetException invalid) when (composed is not null)
        {
            throw new EditRefusedException(EntryProblems.From(invalid.Problems, composed, kind, index));
        }
        catch (EditConflictException conflict)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var latest = await db.RecordVersions.AsNoTracking().Include(v => v.ChangeSet)
                .Where(v => v.Kind == kind && v.Key == conflict.Key).OrderByDescending(v => v.Id).FirstOrDefaultAsync(cancellationToken);
            throw conflict.By(latest?.ChangeSet.Actor, latest?.ChangeSet.At);
        }
    }

    /// <summary>Puts an entry into a data set where it belongs; returns its index among its kind.</summary>
    private static int Put(JsonObject document, string kind, JsonObject? original, JsonObject edited, bool checkConflict)
    {
        var entries = DataSetEntries.Entries(document, RequireKind(kind));
        var copy = edited.DeepClone();
        if (original is null)
        {
            var key = DataSetEntries.Key(edited);
            if (key == "new")
            {
                throw new EditRefusedException(EntryProblems.ForField("key", "\"new\" is kept for the address of the form that adds a record; choose another key."));
            }

            if (key is not null && DataSetEntries.IndexOf(entries, key) >= 0)
            {
                throw new EditRefusedException(EntryProblems.ForField("key", $"another record already has the key \"{key}\"; choose a key of your own."));
            }

            entries.Add(copy);
            return entries.Count - 1;
        }

        var index = checkConflict ? Current(entries, original) : DataSetEntries.IndexOf(entries, DataSetEntries.Key(original) ?? "");
        if (index < 0)
        {
            entries.Add(copy);
            return entries.Count - 1;
        }

        entries[index] = copy;
        return index;
    }

    /// <summary>Where the record the editor opened is now; refuses when it was changed or removed since.</summary>
    private static int Current(JsonArray entries, JsonObject original)
    {
        var key = DataSetEntries.Key(original) ?? "";
        var index = DataSetEntries.IndexOf(entries, key);
        if (index < 0)
        {
            throw new EditConflictException(key, removed: true, EntryDiff.Compare(original, null));
        }

        if (!JsonNode.DeepEquals(entries[index], original))
        {
            throw new EditConflictException(key, removed: false, EntryDiff.Compare(original, entries[index]));
        }

        return index;
    }

    private static string RequireKind(string kind) =>
        DataSetEntries.IsKind(kind) ? kind : throw new ArgumentException($"\"{kind}\" is not a kind of record.", nameof(kind));
}

/// <summary>What keeps an entry from being saved: problems by field (relative paths) and the rest.</summary>
public sealed partial record EntryProblems(IReadOnlyDictionary<string, IReadOnlyList<string>> ByField, IReadOnlyList<string> Others)
{
    public static EntryProblems None { get; } = new(new Dictionary<string, IReadOnlyList<string>>(), []);

    public bool Any => ByField.Count > 0 || Others.Count > 0;

    public static EntryProblems General(string message) => new(new Dictionary<string, IReadOnlyList<string>>(), [message]);

    public static EntryProblems ForField(string field, string message) =>
        new(new Dictionary<string, IReadOnlyList<string>> { [field] = [message] }, []);

    /// <summary>Sorts a data set's problems into the edited entry's fields (by path) and the rest, naming other records by kind and key.</summary>
    public static EntryProblems From(IEnumerable<DataSetProblem> problems, JsonObject document, string kind, int index)
    {
        var prefix = $"$.{kind}[{index}]";
        var byField = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var others = new List<string>();
        foreach (var problem in problems)
        {
            if (index >= 0 && problem.Path.StartsWith(prefix, StringComparison.Ordinal) && problem.Path.Length > prefix.Length
                && problem.Path[prefix.Length] is '.' or '[')
            {
                var field = problem.Path[prefix.Length..].TrimStart('.');
                (byField.TryGetValue(field, out var list) ? list : byField[field] = []).Add(problem.Message);
            }
            else if (index >= 0 && problem.Path == prefix)
            {
                others.Add(problem.Message);
            }
            else
            {
                others.Add($"{Describe(problem.Path, document)}: {problem.Message}");
            }
        }

        return new(byField.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal), others);
    }

    /// <summary>"$.talks[3].participants[0]" as "talks \"geneva-2025\" participants[0]", which an editor can find.</summary>
    private static string Describe(string path, JsonObject document)
    {
        var match = RecordPath().Match(path);
        if (!match.Success || document[match.Groups[1].Value] is not JsonArray entries
            || !int.TryParse(match.Groups[2].Value, out var i) || i >= entries.Count)
        {
            return path;
        }

        var rest = path[match.Length..].TrimStart('.');
        return $"{match.Groups[1].Value} \"{DataSetEntries.Key(entries[i])}\"{(rest.Length > 0 ? " " + rest : "")}";
    }

    [GeneratedRegex(@"^\$\.([A-Za-z]+)\[(\d+)\]")]
    private static partial Regex RecordPath();
}

/// <summary>A save that the rules refuse; nothing was written.</summary>
public sealed class EditRefusedException(EntryProblems problems, bool nothingChanged = false)
    : Exception(string.Join(" ", problems.ByField.SelectMany(p => p.Value.Select(m => $"{p.Key}: {m}")).Concat(problems.Others)))
{
    public EntryProblems Problems { get; } = problems;

    /// <summary>The entry was the same as the stored one: nothing to save, which is not an error.</summary>
    public bool NothingChanged { get; } = nothingChanged;
}

/// <summary>
/// The record changed (or was removed) after the editor opened it. Nothing was written; what the other person saved
/// stays, and <see cref="Changes"/> says what it was, field by field (what the editor saw before, what is stored now).
/// </summary>
public sealed class EditConflictException(string key, bool removed, IReadOnlyList<FieldDifference> changes, string? actor = null, DateTimeOffset? at = null)
    : Exception(removed ? $"\"{key}\" was deleted after you opened it." : $"\"{key}\" was changed after you opened it.")
{
    public string Key { get; } = key;

    public bool Removed { get; } = removed;

    public IReadOnlyList<FieldDifference> Changes { get; } = changes;

    /// <summary>Who saved last, when the history knows.</summary>
    public string? Actor { get; } = actor;

    public DateTimeOffset? At { get; } = at;

    public EditConflictException By(string? who, DateTimeOffset? when) => new(Key, Removed, Changes, who, when);
}
