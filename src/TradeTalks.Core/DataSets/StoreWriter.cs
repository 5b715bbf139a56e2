using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging;
using TradeTalks.History;
using TradeTalks.Store;

namespace TradeTalks.DataSets;

/// <summary>
/// The one way records get into the store: the bundled data set at start-up, <c>import</c> and the editor all
/// come through here. It checks the data set whole, matches records by key, and writes every change in one
/// transaction, stamping each added or changed record with the time of the write so the freshness line moves,
/// and recording who wrote what in the history.
/// </summary>
public sealed class StoreWriter(
    IDbContextFactory<TradeTalksDbContext> contextFactory, TimeProvider time, ILogger<StoreWriter> logger, IEnumerable<IStoreWriteObserver> observers)
{
    /// <param name="unchangedSince">
    /// The store as a dry run found it (<see cref="ImportReport.StoreVersion"/>): the write is refused with
    /// <see cref="StoreChangedException"/> when anything was written since, so what was shown is what is applied.
    /// </param>
    public Task<ImportReport> ApplyAsync(
        DataSetDocument document, WriteMode mode, bool dryRun = false, CancellationToken cancellationToken = default, WriteAuthor? author = null,
        StoreVersion? unchangedSince = null)
    {
        // A document the reader found sound is not written out and read again: for a file at the size limit that was
        // a second copy of everything in memory.
        if (!DataSetReader.WasFoundSound(document))
        {
            var check = DataSetReader.Read(DataSetJson.Serialize(document));
            if (!check.IsValid)
            {
                throw new InvalidDataSetException(check.Problems);
            }
        }

        return WriteAsync(_ => document, mode, dryRun, author ?? WriteAuthor.Unnamed, cancellationToken, unchangedSince,
            scopedTo: mode == WriteMode.Replace ? null : document);
    }

    /// <summary>
    /// Rewrites the store as <paramref name="compose"/> makes it from the store's current content, read inside the write's
    /// transaction: how the editor changes one record without overwriting what someone else saved meanwhile. The
    /// composed data set is checked whole, like an import (<see cref="InvalidDataSetException"/> names its problems by
    /// their paths in it); <paramref name="compose"/> may refuse by throwing.
    /// </summary>
    public Task<ImportReport> EditAsync(Func<DataSetDocument, JsonObject> compose, WriteAuthor author, bool dryRun = false, CancellationToken cancellationToken = default) =>
        WriteAsync(current =>
        {
            var check = DataSetReader.Read(DataSetEntries.ToBytes(compose(current)));
            return check.IsValid ? check.Document! : throw new InvalidDataSetException(check.Problems);
        }, WriteMode.Replace, dryRun, author, cancellationToken);

    /// <summary>
    /// Fills an empty store with the records of a data version as the history holds them (<c>Published.PublishedStores</c>):
    /// they were checked when they were published and are written as they stood, even where a rule added since would
    /// refuse them, and without a history of their own.
    /// </summary>
    internal Task<ImportReport> LoadAsPublishedAsync(DataSetDocument document, CancellationToken cancellationToken) =>
        WriteAsync(_ => document, WriteMode.AddMissing, dryRun: false, WriteAuthor.Unnamed, cancellationToken, asPublished: true);

    private async Task<ImportReport> WriteAsync(
        Func<DataSetDocument, DataSetDocument> compose, WriteMode mode, bool dryRun, WriteAuthor author, CancellationToken cancellationToken,
        StoreVersion? unchangedSince = null, DataSetDocument? scopedTo = null, bool asPublished = false)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.IsPostgres())
            {
                // One writer at a time, as SQLite has it: a write reads the store (or the part it touches), merges and
                // checks it, and two merged at once on different instances could each miss the other's records. The
                // lock ends with the transaction, or with the connection of a process that dies. Waiting for it is not a slow
                // command: on a busy day a write queues behind another's read, merge and check for longer than the command
                // timeout, which failed it (the news day's imports, docs/performance.md), so it waits up to WriterWait.
                var timeout = db.Database.GetCommandTimeout();
                db.Database.SetCommandTimeout(WriterWait);
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7245001)", cancellationToken);
                db.Database.SetCommandTimeout(timeout);
            }

            var version = new StoreVersion(await db.ChangeSets.MaxAsync(c => (long?)c.Id, cancellationToken));
            if (unchangedSince is not null && unchangedSince != version)
            {
                throw new StoreChangedException();
            }

            // A write that removes nothing reads only the part of the store its data set can change (StoreScope), so
            // that its cost follows the file rather than the store. A replace, or an edit composed from the whole
            // store, reads all of it.
            var scope = scopedTo is null ? null : await StoreScope.FindAsync(db, scopedTo, cancellationToken);
            var snapshot = await StoreSnapshot.LoadAsync(db, tracked: true, cancellationToken, scope);
            var before = snapshot.ToDocument();
            var document = compose(before);
            var removed = await db.RemovedRecords.ToListAsync(cancellationToken);
            var now = time.GetUtcNow();
            var sync = new Sync(db, mode, mode == WriteMode.AddMissing ? null : now, now, removed);
            sync.Run(document, snapshot);
            if (sync.Changes.Count == 0)
            {
                return new ImportReport(sync.Summaries, sync.Changes, Written: false) { StoreVersion = version };
            }

            // Written inside the transaction even for a dry run, so the store's own constraints and the rules over the
            // merged result are checked too; a dry run then rolls back.
            if (dryRun)
            {
                logger.LogInformation("Rehearsing {RecordCount} changed record(s) in a transaction that is then rolled back", sync.Changes.Count);
            }
            else
            {
                logger.LogInformation("Writing {RecordCount} changed record(s) in one transaction", sync.Changes.Count);
            }

            await sync.InsertAddedAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await sync.WriteCitationsAsync(cancellationToken);

            // The tracker and its snapshots of every record (several hundred megabytes for a file at the size limit) can
            // go. A write without removals keeps the records it loaded and added, as it left them, for the rules and the
            // history: loading them again was as much once more.
            db.ChangeTracker.Clear();
            var report = new ImportReport(sync.Summaries, sync.Changes, Written: !dryRun);
            var written = scope is null ? null : sync.Written();
            var large = sync.Changes.Count >= LargeWrite;
            snapshot = null;
            sync = null;
            if (large)
            {
                // The tracked records lived through collections, so only a full one frees them, and the server collector
                // runs one rarely: without it the rules and the history below grow the heap beside them (measured at
                // the import's size limit, docs/performance.md). A write this large is rare; the pause is a fraction of it.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            }

            if (asPublished)
            {
                await transaction.CommitAsync(cancellationToken);
                return report;
            }

            var merged = await CheckMergedAsync(db, written, cancellationToken);
            if (dryRun)
            {
                await transaction.RollbackAsync(cancellationToken);
                return report with { StoreVersion = version };
            }

            var changeSet = HistoryRecorder.Record(author, now, report.Changes);
            db.ChangeSets.Add(changeSet);
            await db.SaveChangesAsync(cancellationToken);
            await HistoryRecorder.WriteVersionsAsync(db, changeSet, before, merged, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await NotifyAsync();
            return report with { ChangeSetId = changeSet.Id };
        }
        catch (Exception exception) when (StoreFaults.IsReadOnly(exception) || StoreFaults.IsBusy(exception))
        {
            throw new StoreWriteException($"Nothing was changed. {StoreFaults.Describe(exception)}", exception);
        }
        catch (Exception exception) when (exception is DbUpdateException or DbException or InvalidOperationException)
        {
            throw new StoreWriteException(
                $"The store refused the write, so nothing was changed: {exception.InnerException?.Message ?? exception.Message} " +
                "A stored record may clash with one in the data set (two changes of one layer at the same instant, say), or the store is locked by another program; export the store to compare.",
                exception);
        }
    }

    /// <summary>Tells those who keep copies of what the store says (caches) that it changed; their failure does not undo the write.</summary>
    private Task NotifyAsync() => observers.TellAllAsync((observer, exception) =>
        logger.LogError(exception, "{Observer} failed after a write; what it keeps may be stale until it expires", observer.GetType().Name));

    /// <summary>How long a write on PostgreSQL waits for the one before it to finish.</summary>
    private static readonly TimeSpan WriterWait = TimeSpan.FromMinutes(5);

    /// <summary>A write of this many records or more collects once its tracked records are let go (about a 4 MB file).</summary>
    private const int LargeWrite = 10_000;

    /// <summary>
    /// The rules again, over the store as the write leaves it: records the data set does not list (an import without
    /// --replace keeps them) must still fit with the ones it brings, say a stored truce extension and a new one. With the
    /// part of the store a write without removals <paramref name="written"/>, over that part: the rest is unchanged and
    /// was checked when it was written. Otherwise over the whole store, read again. Returns what was checked, which the
    /// history compares with the part as it was.
    /// </summary>
    private static async Task<DataSetDocument> CheckMergedAsync(TradeTalksDbContext db, DataSetDocument? written, CancellationToken cancellationToken)
    {
        var merged = written ?? (await StoreSnapshot.LoadAsync(db, tracked: false, cancellationToken)).ToDocument();
        var problems = DataSetRules.Check(merged, partOfStore: written is not null);
        if (problems.Count > 0 && written is not null)
        {
            // Rare, and then worth the whole store: the paths a problem names are those of an export of the result.
            var whole = DataSetRules.Check((await StoreSnapshot.LoadAsync(db, tracked: false, cancellationToken)).ToDocument());
            problems = whole.Count > 0 ? whole : problems;
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataSetException(
                [.. problems.Select(p => new DataSetProblem(p.Path, $"together with the records already stored (the path is in an export of the result): {p.Message}"))]);
        }

        return merged;
    }

    private sealed class Sync(TradeTalksDbContext db, WriteMode mode, DateTimeOffset? stamp, DateTimeOffset now, List<RemovedRecord> removedRecords)
        : IKindWriter
    {
        private readonly Dictionary<(string Kind, string Key), RemovedRecord> _removed =
            removedRecords.ToDictionary(r => (r.Kind, r.Key));

        private readonly References _references = new();

        // Removals wait until every kind is matched, then run children first: a layer's changes go before the layer,
        // because the store restricts (rather than cascades) those deletes, and EF checks that as each one is marked.
        private readonly Stack<Action> _removals = new();

        public List<KindSummary> Summaries { get; } = [];

        public List<RecordChange> Changes { get; } = [];

        public void Run(DataSetDocument d, StoreSnapshot s)
        {
            foreach (var kind in Kinds.All)
            {
                kind.WriteWith(this, d, s);
            }

            while (_removals.TryPop(out var remove))
            {
                remove();
            }

            // A statement shows its speaker's name; a renamed person renames their statements too.
            foreach (var statement in db.ChangeTracker.Entries<Statement>().Select(e => e.Entity))
            {
                if (statement.Person is { } person && statement.Speaker != person.Name)
                {
                    statement.Speaker = person.Name;
                }
            }
        }

        /// <summary>
        /// Matches the entries of one kind to the stored records by key: adds, updates or (when replacing) removes, and
        /// notes what it did. The records of the kind, by key as they will be stored, are then what later kinds refer to.
        /// </summary>
        public void Apply<TEntity, TEntry>(DataSetKind<TEntity, TEntry> kind, DataSetDocument document, StoreSnapshot snapshot)
            where TEntry : class, IEntry
            where TEntity : class, IKeyed, IEditable
        {
            var table = kind.Table(db);
            var byKey = kind.StoredIn(snapshot).ToDictionary(x => x.Key, StringComparer.Ordinal);
            _references.Add(kind, byKey);
            var inData = new HashSet<string>(StringComparer.Ordinal);
            int added = 0, changed = 0, unchanged = 0, removed = 0;
            foreach (var (entry, parent) in kind.Entries(document))
            {
                inData.Add(entry.Key);
                _references.ParentKey = parent;
                if (byKey.TryGetValue(entry.Key, out var entity))
                {
                    var fields = mode == WriteMode.AddMissing ? [] : Diff(Fields(kind.ToEntry(entity), kind.Within?.ParentKeyOf(entity)), Fields(kind.Canonical(entry), parent));
                    if (fields.Count == 0)
                    {
                        unchanged++;
                        continue;
                    }

                    kind.Set(entry, entity, _references);
                    entity.UpdatedAt = stamp ?? entity.UpdatedAt;
                    Changes.Add(new(kind.Name, entry.Key, RecordChangeType.Changed, fields));
                    changed++;
                }
                else if (mode == WriteMode.AddMissing && _removed.ContainsKey((kind.Name, entry.Key)))
                {
                    // Removed on purpose by an import: the bundled data set does not bring it back.
                    unchanged++;
                }
                else
                {
                    if (_removed.Remove((kind.Name, entry.Key), out var tombstone))
                    {
                        db.RemovedRecords.Remove(tombstone);
                    }

                    entity = kind.NewRecord(entry);
                    kind.Set(entry, entity, _references);
                    entity.UpdatedAt = stamp;
                    table.Add(entity);
                    _added.Add(entity);
                    byKey[entry.Key] = entity;
                    Changes.Add(new(kind.Name, entry.Key, RecordChangeType.Added, new AddedFields(() => Diff([], Fields(kind.Canonical(entry), parent)))));
                    added++;
                }
            }

            if (mode == WriteMode.Replace)
            {
                var absent = byKey.Values.Where(x => !inData.Contains(x.Key)).ToList();
                foreach (var entity in absent)
                {
                    byKey.Remove(entity.Key);
                    if (_removed.TryGetValue((kind.Name, entity.Key), out var tombstone))
                    {
                        tombstone.RemovedAt = now;
                    }
                    else
                    {
                        db.RemovedRecords.Add(_removed[(kind.Name, entity.Key)] = new RemovedRecord { Kind = kind.Name, Key = entity.Key, RemovedAt = now });
                    }
                    Changes.Add(new(kind.Name, entity.Key, RecordChangeType.Removed, []));
                    removed++;
                }

                _removals.Push(() => table.RemoveRange(absent));
            }

            Summaries.Add(new(kind.Name, added, changed, unchanged, removed));
        }

        private readonly List<object> _added = [];

        /// <summary>
        /// After the write, once the tracker is cleared: the records loaded and added, as written, as a data set. Their
        /// sources were written by id (<see cref="WriteCitationsAsync"/>); each record's list is set to them here.
        /// </summary>
        public DataSetDocument Written()
        {
            var sources = _references.Of(Kinds.Sources);
            foreach (var (record, keys) in _references.Citations)
            {
                record.Sources.Clear();
                record.Sources.AddRange(keys.Select(k => sources[k]));
            }

            return StoreSnapshot.Of(_references.RecordsOf).ToDocument();
        }

        /// <summary>
        /// Before SaveChanges: inserts the added records as rows, in the order they were matched (parents before their
        /// children, and ids in the data set's order, which is the order an export lists them in), and tells the tracker
        /// each is stored under its new id, which EF Core passes on to the records that refer to it. SaveChanges is left
        /// with the changed and removed records: its command per row, built, logged and tracked, was most of an import.
        /// </summary>
        public async Task InsertAddedAsync(CancellationToken cancellationToken)
        {
            var commands = new Dictionary<IEntityType, (RowCommand Insert, IProperty? Key, IProperty[] Columns)>();

            // The records' fields were set before this; looking for changes on each entry again costs more than the row.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                foreach (var record in _added)
                {
                    var entry = db.Entry(record);
                    if (!commands.TryGetValue(entry.Metadata, out var command))
                    {
                        var key = entry.Metadata.FindPrimaryKey()!.Properties[0];
                        IProperty[] columns = [.. entry.Metadata.GetProperties().Where(p => !p.IsPrimaryKey() && p.GetTableColumnMappings().Any())];
                        commands[entry.Metadata] = command = (RowCommand.InsertReturning(db, key, columns), key, columns);
                    }

                    var id = await command.Insert.ReturnAsync(cancellationToken, [.. command.Columns.Select(p => entry.Property(p).CurrentValue)]);
                    entry.Property(command.Key!).CurrentValue = Convert.ChangeType(id, command.Key!.ClrType, CultureInfo.InvariantCulture);
                    entry.State = EntityState.Unchanged;
                }

                // Then the links the added records hold through lists of other records (a talk's participants), which now
                // have both ids.
                foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && e.Metadata.HasSharedClrType).ToList())
                {
                    if (!commands.TryGetValue(entry.Metadata, out var command))
                    {
                        IProperty[] columns = [.. entry.Metadata.GetProperties().Where(p => p.GetTableColumnMappings().Any())];
                        commands[entry.Metadata] = command = (RowCommand.Insert(db, columns), null, columns);
                    }

                    await command.Insert.RunAsync(cancellationToken, [.. command.Columns.Select(p => entry.Property(p).CurrentValue)]);
                    entry.State = EntityState.Unchanged;
                }
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = true;
                foreach (var (insert, _, _) in commands.Values)
                {
                    insert.Dispose();
                }
            }
        }

        /// <summary>
        /// After the records are saved: makes each cited list of sources the keys given, inserting and deleting only the
        /// links that differ from those the record was loaded with.
        /// </summary>
        public async Task WriteCitationsAsync(CancellationToken cancellationToken)
        {
            var commands = new Dictionary<Type, (RowCommand Insert, RowCommand Delete)>();
            var sourceId = db.Model.FindEntityType(typeof(Source))!.FindPrimaryKey()!.Properties[0].GetGetter();
            var sources = _references.Of(Kinds.Sources);
            try
            {
                foreach (var (record, keys) in _references.Citations)
                {
                    var type = db.Model.FindEntityType(record.GetType())!;
                    if (!commands.TryGetValue(record.GetType(), out var command))
                    {
                        var citations = type.FindSkipNavigation(nameof(ISourced.Sources))!;
                        var columns = new[]
                        {
                            citations.ForeignKey.Properties[0],
                            citations.JoinEntityType.GetForeignKeys().Single(k => k != citations.ForeignKey).Properties[0],
                        };
                        commands[record.GetType()] = command = (RowCommand.Insert(db, columns), RowCommand.Delete(db, columns));
                    }

                    var id = type.FindPrimaryKey()!.Properties[0].GetGetter().GetClrValue(record);
                    var stored = record.Sources.Select(sourceId.GetClrValue).ToHashSet();
                    var wanted = keys.Select(k => sourceId.GetClrValue(sources[k])).ToHashSet();
                    foreach (var gone in stored.Where(s => !wanted.Contains(s)))
                    {
                        await command.Delete.RunAsync(cancellationToken, id, gone);
                    }

                    foreach (var added in wanted.Where(s => !stored.Contains(s)))
                    {
                        await command.Insert.RunAsync(cancellationToken, id, added);
                    }
                }
            }
            finally
            {
                foreach (var (insert, delete) in commands.Values)
                {
                    insert.Dispose();
                    delete.Dispose();
                }
            }
        }

        /// <summary>
        /// An added record's fields, worked out when first read: a report lists every added record, but only the import
        /// page's first few hundred and a dry run on the command line show their fields.
        /// </summary>
        private sealed class AddedFields(Func<List<FieldChange>> fields) : IReadOnlyList<FieldChange>
        {
            private readonly Lazy<List<FieldChange>> _fields = new(fields);

            public FieldChange this[int index] => _fields.Value[index];

            public int Count => _fields.Value.Count;

            public IEnumerator<FieldChange> GetEnumerator() => _fields.Value.GetEnumerator();

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }

        /// <summary>An entry's own fields as the data set writes them; children are records of their own, the parent is a field.</summary>
        private static List<KeyValuePair<string, JsonNode?>> Fields<TEntry>(TEntry entry, string? parent)
        {
            var node = JsonSerializer.SerializeToNode(entry, DataSetJson.Options)!.AsObject();
            node.Remove("changes");
            node.Remove("extensions");
            var fields = node.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value)).ToList();
            if (parent is not null)
            {
                fields.Add(new("parent", JsonValue.Create(parent)));
            }

            return fields;
        }

        private static List<FieldChange> Diff(List<KeyValuePair<string, JsonNode?>> before, List<KeyValuePair<string, JsonNode?>> after)
        {
            var old = before.ToDictionary(p => p.Key, p => p.Value);
            var @new = after.ToDictionary(p => p.Key, p => p.Value);
            return
            [
                .. after.Select(p => p.Key).Concat(before.Select(p => p.Key).Where(k => !@new.ContainsKey(k)))
                    .Where(k => !JsonNode.DeepEquals(old.GetValueOrDefault(k), @new.GetValueOrDefault(k)))
                    .Select(k => new FieldChange(k, Text(old.GetValueOrDefault(k)), Text(@new.GetValueOrDefault(k)))),
            ];
        }

        private static string? Text(JsonNode? node) => node?.ToJsonString(DataSetJson.CompactOptions);
    }
}

/// <summary>Told after every write to the store, once it is committed: caches of what the store says evict themselves.</summary>
public interface IStoreWriteObserver
{
    Task StoreWrittenAsync();
}
