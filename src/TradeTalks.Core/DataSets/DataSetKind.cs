using Microsoft.EntityFrameworkCore;
using TradeTalks.Sources;
using TradeTalks.Store;

namespace TradeTalks.DataSets;

/// <summary>
/// One kind of record, as the data set, the store, the history and the pages all name it. The list of kinds is
/// <see cref="Kinds.All"/>; everything that works kind by kind reads it there.
/// </summary>
public abstract class DataSetKind
{
    private protected DataSetKind(string name, string noun, string plural, DataSetKind? parent, string property)
    {
        Name = name;
        Noun = noun;
        Plural = plural;
        Parent = parent;
        Property = property;
    }

    /// <summary>The kind's name in the data set's top level, the history and the removed records ("tariffChanges").</summary>
    public string Name { get; }

    /// <summary>One record in words ("tariff change").</summary>
    public string Noun { get; }

    /// <summary>Several in words ("tariff changes").</summary>
    public string Plural { get; }

    /// <summary>The kind whose entries hold this kind's (a change belongs to a layer); null for a top-level kind.</summary>
    public DataSetKind? Parent { get; }

    /// <summary>The property that holds the entries: in the document, or in the parent's entry ("changes").</summary>
    public string Property { get; }

    public bool IsTopLevel => Parent is null;

    public abstract Type EntityType { get; }

    public abstract Type EntryType { get; }

    /// <summary>Whether the sources page and the API list the records of this kind under the sources they cite.</summary>
    public abstract bool IsCited { get; }

    /// <summary>"1 tariff change", "3 tariff changes".</summary>
    public string Count(int count) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {(count == 1 ? Noun : Plural)}");

    /// <summary>Every entry of this kind in a document, children with their parent's key.</summary>
    public abstract IReadOnlyList<(IEntry Entry, string? Parent)> EntriesIn(DataSetDocument document);

    /// <summary>The document with this kind's entries as <paramref name="records"/> reads them (by entry type, from a top-level property).</summary>
    /// <summary>A child kind's entries in one entry of its parent kind.</summary>
    public abstract IReadOnlyList<IEntry> EntriesUnder(IEntry parent);

    internal abstract DataSetDocument Read(DataSetDocument document, Func<Type, string, IReadOnlyList<IEntry>> records);

    internal abstract Task<List<object>> LoadAsync(TradeTalksDbContext db, bool tracked, StoreScope? scope, CancellationToken cancellationToken);

    internal abstract DataSetDocument Write(DataSetDocument document, IReadOnlyList<object> stored);

    internal abstract Task<List<(int SourceId, Citation Citation)>> CitationsAsync(TradeTalksDbContext db, IReadOnlyCollection<int> sourceIds, CancellationToken cancellationToken);

    /// <summary>Hands the kind, with its types, to a write that matches its entries to the store.</summary>
    internal abstract void WriteWith(IKindWriter writer, DataSetDocument document, StoreSnapshot snapshot);

    public override string ToString() => Name;
}

/// <summary>A write of the store, kind by kind (<see cref="StoreWriter"/>).</summary>
internal interface IKindWriter
{
    void Apply<TEntity, TEntry>(DataSetKind<TEntity, TEntry> kind, DataSetDocument document, StoreSnapshot snapshot)
        where TEntity : class, IKeyed, IEditable
        where TEntry : class, IEntry;
}

/// <summary>
/// A kind with its stored record (<typeparamref name="TEntity"/>) and its data-set entry (<typeparamref name="TEntry"/>).
/// The fields both have are mapped by name (<see cref="SameNamedFields{TFrom,TTo}"/>); the kind says the rest.
/// </summary>
public sealed class DataSetKind<TEntity, TEntry> : DataSetKind
    where TEntity : class, IKeyed, IEditable
    where TEntry : class, IEntry
{
    internal DataSetKind(string name, string noun, string plural, string property, DataSetKind? parent = null)
        : base(name, noun, plural, parent, property)
    {
    }

    public override Type EntityType => typeof(TEntity);

    public override Type EntryType => typeof(TEntry);

    public override bool IsCited => Citations is not null;

    /// <summary>A top-level kind's entries in the document, and the document with others instead.</summary>
    internal Func<DataSetDocument, IReadOnlyList<TEntry>>? InDocument { get; init; }

    internal Func<DataSetDocument, IReadOnlyList<TEntry>, DataSetDocument>? WithEntries { get; init; }

    /// <summary>A child kind: its entries in the parent's entry, its records in the parent's, and the parent's key.</summary>
    internal Func<object, IReadOnlyList<TEntry>>? InParentEntry { get; init; }

    internal Func<object, IEnumerable<TEntity>>? InParent { get; init; }

    internal Func<TEntity, string>? ParentKey { get; init; }

    /// <summary>Sets the record's parent (<see cref="References.Parent{T}"/>) and the references its entry names by key.</summary>
    internal Action<TEntry, TEntity, References>? Link { get; init; }

    /// <summary>The store's table of these records.</summary>
    public required Func<TradeTalksDbContext, DbSet<TEntity>> Table { get; init; }

    /// <summary>What to read with a top-level record: its sources, references and children (and theirs).</summary>
    internal Func<IQueryable<TEntity>, IQueryable<TEntity>> Include { get; init; } = records => records;

    /// <summary>What the entry says that the shared fields do not: children, instants left out when they are the default.</summary>
    internal Func<TEntity, TEntry, TEntry> Complete { get; init; } = (_, entry) => entry;

    /// <summary>An entry as read from a file in the form stored records map to: references in key order, default instants left out.</summary>
    public required Func<TEntry, TEntry> Canonical { get; init; }

    /// <summary>The records citing some sources, as the sources page names them (<see cref="Cited"/>); null when it does not list them.</summary>
    internal Func<TradeTalksDbContext, IReadOnlyCollection<int>, CancellationToken, Task<List<(int SourceId, Citation Citation)>>>? Citations { get; init; }

    internal override void WriteWith(IKindWriter writer, DataSetDocument document, StoreSnapshot snapshot) => writer.Apply(this, document, snapshot);

    public TEntry ToEntry(TEntity record) => Complete(record, SameNamedFields<TEntity, TEntry>.Create(record));

    internal TEntity NewRecord(TEntry entry) => SameNamedFields<TEntry, TEntity>.Create(entry);

    internal void Set(TEntry entry, TEntity record, References references)
    {
        SameNamedFields<TEntry, TEntity>.Copy(entry, record);
        Link?.Invoke(entry, record, references);
        if (entry is ISourcedEntry sourced && record is ISourced cited)
        {
            references.Link(cited.Sources, sourced.Sources, Kinds.Sources);
        }
    }

    /// <summary>The stored records of this kind in a snapshot: a child kind's are read from its parents'.</summary>
    internal IEnumerable<TEntity> StoredIn(StoreSnapshot snapshot) =>
        Parent is null ? snapshot.Of(this).Cast<TEntity>() : snapshot.Of(Parent).SelectMany(InParent!);

    public override IReadOnlyList<(IEntry Entry, string? Parent)> EntriesIn(DataSetDocument document) => [.. Entries(document).Select(e => ((IEntry)e.Entry, e.Parent))];

    public override IReadOnlyList<IEntry> EntriesUnder(IEntry parent) => InParentEntry is null ? [] : InParentEntry(parent);

    internal IEnumerable<(TEntry Entry, string? Parent)> Entries(DataSetDocument document) =>
        Parent is null
            ? InDocument!(document).Select(e => (e, (string?)null))
            : Parent.EntriesIn(document).SelectMany(p => InParentEntry!(p.Entry).Select(e => (e, (string?)p.Entry.Key)));

    internal override DataSetDocument Read(DataSetDocument document, Func<Type, string, IReadOnlyList<IEntry>> records) =>
        WithEntries is null ? document : WithEntries(document, [.. records(typeof(TEntry), Property).Cast<TEntry>()]);

    internal override async Task<List<object>> LoadAsync(TradeTalksDbContext db, bool tracked, StoreScope? scope, CancellationToken cancellationToken)
    {
        IQueryable<TEntity> records = Table(db);
        records = tracked ? records : records.AsNoTracking();
        records = scope is null ? records : scope.Of(records, Name);
        return [.. await Include(records).ToListAsync(cancellationToken)];
    }

    /// <summary>
    /// The stored records into the document, in the order they entered the store: also the order pages show records that
    /// nothing else orders, and an import into an empty store enters them in the file's order, so export, import and
    /// export again give the same bytes.
    /// </summary>
    internal override DataSetDocument Write(DataSetDocument document, IReadOnlyList<object> stored) =>
        WithEntries is null ? document : WithEntries(document, [.. stored.Cast<TEntity>().OrderBy(Id).Select(ToEntry)]);

    internal override async Task<List<(int SourceId, Citation Citation)>> CitationsAsync(
        TradeTalksDbContext db, IReadOnlyCollection<int> sourceIds, CancellationToken cancellationToken) =>
        Citations is null ? [] : [.. (await Citations(db, sourceIds, cancellationToken)).Select(c => (c.SourceId, c.Citation with { Kind = Name }))];

    private static readonly Func<TEntity, int> Id = StoredId<TEntity>.Of;
}

/// <summary>How the sources page names a record that cites a source, for <see cref="DataSetKind{TEntity,TEntry}.Citations"/>.</summary>
internal static class Cited
{
    public static Func<TradeTalksDbContext, IReadOnlyCollection<int>, CancellationToken, Task<List<(int SourceId, Citation Citation)>>> As<TEntity>(
        Func<TEntity, Citation> cite, Func<IQueryable<TEntity>, IQueryable<TEntity>>? include = null) where TEntity : class, ISourced =>
        async (db, sourceIds, cancellationToken) =>
        {
            var records = db.Set<TEntity>().AsNoTracking();
            var citing = await (include ?? (r => r))(records).Citing(db, sourceIds).IncludeSources().ToListAsync(cancellationToken);
            return [.. citing.SelectMany(r => r.Sources.Select(s => (s.Id, cite(r) with { Key = r.Key })))];
        };
}

/// <summary>A stored record's id, the order it entered the store in.</summary>
internal static class StoredId<TEntity>
{
    public static Func<TEntity, int> Of { get; } = Compile();

    private static Func<TEntity, int> Compile()
    {
        var record = System.Linq.Expressions.Expression.Parameter(typeof(TEntity));
        return System.Linq.Expressions.Expression.Lambda<Func<TEntity, int>>(System.Linq.Expressions.Expression.Property(record, "Id"), record).Compile();
    }
}
