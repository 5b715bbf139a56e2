using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using TradeTalks.Store;

namespace TradeTalks.DataSets;

/// <summary>
/// One kind of record, as the data set, the store, the history and the pages all name it. The list of kinds is
/// <see cref="Kinds.All"/>; everything that works kind by kind reads it there.
/// </summary>
public abstract class DataSetKind
{
    private protected DataSetKind(string name, string noun, string plural, string property)
    {
        Name = name;
        Noun = noun;
        Plural = plural;
        Property = property;
    }

    /// <summary>The kind's name in the data set's top level, the history and the removed records ("tariffChanges").</summary>
    public string Name { get; }

    /// <summary>One record in words ("tariff change").</summary>
    public string Noun { get; }

    /// <summary>Several in words ("tariff changes").</summary>
    public string Plural { get; }

    /// <summary>The kind whose entries hold this kind's (a change belongs to a layer); null for a top-level kind.</summary>
    public abstract DataSetKind? Parent { get; }

    /// <summary>The property that holds the entries: in the document, or in the parent's entry ("changes").</summary>
    public string Property { get; }

    public bool IsTopLevel => Parent is null;

    private IReadOnlyList<DataSetKind>? _children;

    /// <summary>The kinds whose records sit in this kind's (a layer's changes), found in <see cref="Kinds.All"/>.</summary>
    public IReadOnlyList<DataSetKind> Children => _children ??= [.. Kinds.All.Where(k => k.Parent == this)];

    /// <summary>Lists a parent record's children of this kind in the parent's new entry.</summary>
    internal abstract void ListIn(object parentRecord, IEntry parentEntry);

    public abstract Type EntityType { get; }

    public abstract Type EntryType { get; }

    /// <summary>Whether the sources page and the API list the records of this kind under the sources they cite.</summary>
    public abstract bool IsCited { get; }

    /// <summary>"1 tariff change", "3 tariff changes".</summary>
    public string Count(int count) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {(count == 1 ? Noun : Plural)}");

    /// <summary>Every entry of this kind in a document, children with their parent's key.</summary>
    public abstract IReadOnlyList<(IEntry Entry, string? Parent)> EntriesIn(DataSetDocument document);

    /// <summary>A child kind's entries in one entry of its parent kind.</summary>
    public abstract IReadOnlyList<IEntry> EntriesUnder(IEntry parent);

    /// <summary>The document with this kind's entries as <paramref name="records"/> reads them (by entry type, from a top-level property).</summary>
    internal abstract DataSetDocument Read(DataSetDocument document, Func<Type, string, IReadOnlyList<IEntry>> records);

    internal abstract Task<List<object>> LoadAsync(TradeTalksDbContext db, bool tracked, StoreScope? scope, CancellationToken cancellationToken);

    /// <summary>One stored record of a top-level kind as its entry, with its children; null when none has the key.</summary>
    internal abstract Task<IEntry?> FindAsync(TradeTalksDbContext db, string key, CancellationToken cancellationToken);

    /// <summary>For a child kind, the key of the parent of each of these records (a tariff change's layer); empty for a top-level kind.</summary>
    public abstract Task<List<(string Key, string Parent)>> ParentsAsync(TradeTalksDbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// The keys of the top-level records that stored records of this kind bring into a write's scope (<see cref="StoreScope"/>):
    /// a child's parent when the data set names the child, a record that refers to one the data set names when the kind
    /// is checked with it.
    /// </summary>
    internal abstract Task<List<string>> StoredInScopeAsync(TradeTalksDbContext db, DataSetDocument document, CancellationToken cancellationToken);

    internal abstract DataSetDocument Write(DataSetDocument document, IReadOnlyList<object> stored);

    internal abstract Task<List<(int SourceId, Citation Citation)>> CitationsAsync(TradeTalksDbContext db, IReadOnlyCollection<int> sourceIds, CancellationToken cancellationToken);

    internal abstract IEntry CanonicalEntry(IEntry entry);

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
    internal DataSetKind(string name, string noun, string plural, string property)
        : base(name, noun, plural, property)
    {
    }

    public override DataSetKind? Parent => Within?.Parent;

    public override Type EntityType => typeof(TEntity);

    public override Type EntryType => typeof(TEntry);

    public override bool IsCited => Citations is not null;

    /// <summary>
    /// A top-level kind's list in the document, the one of its entries' type (<c>Talks</c> for <c>TalkEntry</c>): read
    /// from, and replaced in a copy of the document. A child kind has none.
    /// </summary>
    private static readonly PropertyInfo? InDocument =
        typeof(DataSetDocument).GetProperties().SingleOrDefault(p => p.PropertyType == typeof(IReadOnlyList<TEntry>));

    private static readonly Func<DataSetDocument, IReadOnlyList<TEntry>>? EntriesInDocument = InDocument is null ? null : EntriesOf(InDocument);

    private static readonly Func<DataSetDocument, IReadOnlyList<TEntry>, DataSetDocument>? DocumentWithEntries = InDocument is null ? null : DocumentWith(InDocument);

    /// <summary>A child kind's place in its parent kind (<see cref="Holds{TChild,TChildEntry}"/>); null for a top-level kind.</summary>
    internal ChildPlace<TEntity, TEntry>? Within { get; init; }

    /// <summary>Sets the references the entry names by key (but for sources and the parent, which every kind has set alike).</summary>
    internal Action<TEntry, TEntity, References>? Link { get; init; }

    /// <summary>
    /// References by which a stored record is checked with the record it names (a suspended item's side with the layer it
    /// suspends): a write of a data set that names that record reads this one too.
    /// </summary>
    internal IReadOnlyList<(DataSetKind Kind, Expression<Func<TEntity, string?>> Key)> CheckedWith { get; init; } = [];

    /// <summary>The store's table of these records.</summary>
    public DbSet<TEntity> Table(TradeTalksDbContext db) => db.Set<TEntity>();

    private (string[] Paths, bool Split)? _included;

    /// <summary>
    /// A top-level record read with what its entry names: its sources, the records it refers to, and its children with
    /// theirs, worked out once from the store's model (every navigation whose name is a field of the entry). Several
    /// lists are read in a query each.
    /// </summary>
    private IQueryable<TEntity> Included(IQueryable<TEntity> records, TradeTalksDbContext db)
    {
        var (paths, split) = _included ??= Navigations(db.Model.FindEntityType(typeof(TEntity))!, typeof(TEntry), "");
        foreach (var path in paths)
        {
            records = records.Include(path);
        }

        return split ? records.AsSplitQuery() : records;
    }

    private static (string[] Paths, bool Split) Navigations(IEntityType type, Type entry, string prefix)
    {
        var paths = new List<string>();
        var lists = 0;
        foreach (var navigation in type.GetNavigations().Cast<INavigationBase>().Concat(type.GetSkipNavigations()))
        {
            if (entry.GetProperty(navigation.Name) is not { } field)
            {
                continue;
            }

            paths.Add(prefix + navigation.Name);
            lists += navigation.IsCollection ? 1 : 0;
            if (navigation is INavigation { IsCollection: true })
            {
                // A child kind (a layer's changes): the entry holds the children's entries, and they name theirs.
                var (below, _) = Navigations(navigation.TargetEntityType, field.PropertyType.GetGenericArguments()[0], prefix + navigation.Name + ".");
                paths.AddRange(below);
                lists += below.Length;
            }
        }

        return ([.. paths], lists > 1);
    }

    /// <summary>What the entry says that the shared fields and its children do not: a statement's speaker.</summary>
    internal Func<TEntity, TEntry, TEntry> Complete { get; init; } = (_, entry) => entry;

    /// <summary>The records citing some sources, as the sources page names them (<see cref="Cited"/>); null when it does not list them.</summary>
    internal Func<TradeTalksDbContext, IReadOnlyCollection<int>, CancellationToken, Task<List<(int SourceId, Citation Citation)>>>? Citations { get; init; }

    internal override void WriteWith(IKindWriter writer, DataSetDocument document, StoreSnapshot snapshot) => writer.Apply(this, document, snapshot);

    public TEntry ToEntry(TEntity record)
    {
        var entry = SameNamedFields<TEntity, TEntry>.Create(record);
        foreach (var child in Children)
        {
            child.ListIn(record, entry);
        }

        return DayDefaults<TEntity, TEntry>.LeftOut(Complete(record, entry));
    }

    internal override void ListIn(object parentRecord, IEntry parentEntry) => Within!.ListIn(parentRecord, parentEntry, ToEntry);

    /// <summary>
    /// An entry as read from a file, in the form stored records map to: references in key order, children likewise,
    /// defaults left out. How a write tells a changed record from an unchanged one.
    /// </summary>
    public TEntry Canonical(TEntry entry) => DayDefaults<TEntity, TEntry>.LeftOut(CanonicalEntries<TEntity, TEntry>.Of(entry));

    internal override IEntry CanonicalEntry(IEntry entry) => Canonical((TEntry)entry);

    /// <summary>A child kind whose entries sit in this kind's (<paramref name="entries"/>), its records in this kind's, each referring to its parent.</summary>
    internal ChildPlace<TChild, TChildEntry> Holds<TChild, TChildEntry>(
        Expression<Func<TEntry, IReadOnlyList<TChildEntry>>> entries, Func<TEntity, IEnumerable<TChild>> records, Expression<Func<TChild, TEntity>> parent,
        Func<IEnumerable<TChild>, IOrderedEnumerable<TChild>> order)
        where TChild : class, IKeyed, IEditable
        where TChildEntry : class, IEntry => new ChildPlace<TEntity, TEntry, TChild, TChildEntry>(this, entries, records, parent, order);

    internal TEntity NewRecord(TEntry entry) => SameNamedFields<TEntry, TEntity>.Create(entry);

    internal void Set(TEntry entry, TEntity record, References references)
    {
        SameNamedFields<TEntry, TEntity>.Copy(entry, record);
        Within?.SetParent(record, references);
        DayDefaults<TEntity, TEntry>.Fill(entry, record);
        Link?.Invoke(entry, record, references);
        if (entry is ISourcedEntry sourced && record is ISourced cited)
        {
            references.Cite(cited, sourced.Sources);
        }
    }

    /// <summary>The stored records of this kind in a snapshot: a child kind's are read from its parents'.</summary>
    internal IEnumerable<TEntity> StoredIn(StoreSnapshot snapshot) =>
        Parent is null ? snapshot.Of(this).Cast<TEntity>() : snapshot.Of(Parent).SelectMany(Within!.RecordsIn);

    public override IReadOnlyList<(IEntry Entry, string? Parent)> EntriesIn(DataSetDocument document) => [.. Entries(document).Select(e => ((IEntry)e.Entry, e.Parent))];

    public override IReadOnlyList<IEntry> EntriesUnder(IEntry parent) => Within is null ? [] : Within.EntriesIn(parent);

    internal IEnumerable<(TEntry Entry, string? Parent)> Entries(DataSetDocument document) =>
        Parent is null
            ? EntriesInDocument!(document).Select(e => (e, (string?)null))
            : Parent.EntriesIn(document).SelectMany(p => Within!.EntriesIn(p.Entry).Select(e => (e, (string?)p.Entry.Key)));

    internal override DataSetDocument Read(DataSetDocument document, Func<Type, string, IReadOnlyList<IEntry>> records) =>
        DocumentWithEntries is null ? document : DocumentWithEntries(document, [.. records(typeof(TEntry), Property).Cast<TEntry>()]);

    internal override async Task<List<object>> LoadAsync(TradeTalksDbContext db, bool tracked, StoreScope? scope, CancellationToken cancellationToken)
    {
        IQueryable<TEntity> records = Table(db);
        records = tracked ? records : records.AsNoTracking();
        records = scope is null ? records : scope.Of(records, Name);
        return [.. await Included(records, db).ToListAsync(cancellationToken)];
    }

    internal override async Task<IEntry?> FindAsync(TradeTalksDbContext db, string key, CancellationToken cancellationToken) =>
        (await Included(Table(db).AsNoTracking().Where(r => r.Key == key), db).ToListAsync(cancellationToken)).SingleOrDefault() is { } record ? ToEntry(record) : null;

    public override async Task<List<(string Key, string Parent)>> ParentsAsync(TradeTalksDbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (Within is null || keys.Count == 0)
        {
            return [];
        }

        var record = Within.ParentKey.Parameters[0];
        var pair = Expression.Lambda<Func<TEntity, string[]>>(
            Expression.NewArrayInit(typeof(string), Expression.Property(record, nameof(IKeyed.Key)), Within.ParentKey.Body), record);
        var rows = await Table(db).AsNoTracking().Where(r => keys.Contains(r.Key)).Select(pair).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r[0], r[1]))];
    }

    internal override async Task<List<string>> StoredInScopeAsync(TradeTalksDbContext db, DataSetDocument document, CancellationToken cancellationToken)
    {
        var named = CheckedWith.Select(c => (Keys: KeysIn(c.Kind, document), c.Key));
        if (Within is not null)
        {
            named = named.Prepend((KeysIn(this, document), r => r.Key));
        }

        var record = Expression.Parameter(typeof(TEntity), "record");
        var conditions = named.Where(n => n.Keys.Count > 0).Select(n => Names(n.Keys, n.Key, record)).ToList();
        if (conditions.Count == 0)
        {
            return [];
        }

        var inScope = Expression.Lambda<Func<TEntity, bool>>(conditions.Aggregate(Expression.OrElse), record);
        return await Table(db).Where(inScope).Select(Within?.ParentKey ?? (r => r.Key)).ToListAsync(cancellationToken);
    }

    private static List<string> KeysIn(DataSetKind kind, DataSetDocument document) => [.. kind.EntriesIn(document).Select(e => e.Entry.Key)];

    /// <summary><c>keys.Contains(key(record))</c>, the keys one JSON parameter (EF.Parameter): a data set can name more keys than a query may have parameters.</summary>
    private static Expression Names(List<string> keys, Expression<Func<TEntity, string?>> key, ParameterExpression record)
    {
        Expression<Func<string?, bool>> named = k => EF.Parameter(keys).Contains(k!);
        var keyOfRecord = ReplacingExpressionVisitor.Replace(key.Parameters[0], record, key.Body);
        return ReplacingExpressionVisitor.Replace(named.Parameters[0], keyOfRecord, named.Body);
    }

    /// <summary>
    /// The stored records into the document, in the order they entered the store: also the order pages show records that
    /// nothing else orders, and an import into an empty store enters them in the file's order, so export, import and
    /// export again give the same bytes.
    /// </summary>
    internal override DataSetDocument Write(DataSetDocument document, IReadOnlyList<object> stored) =>
        DocumentWithEntries is null ? document : DocumentWithEntries(document, [.. stored.Cast<TEntity>().OrderBy(Id).Select(ToEntry)]);

    internal override async Task<List<(int SourceId, Citation Citation)>> CitationsAsync(
        TradeTalksDbContext db, IReadOnlyCollection<int> sourceIds, CancellationToken cancellationToken) =>
        Citations is null ? [] : [.. (await Citations(db, sourceIds, cancellationToken)).Select(c => (c.SourceId, c.Citation with { Kind = Name }))];

    private static readonly Func<TEntity, int> Id = StoredId<TEntity>.Of;

    private static Func<DataSetDocument, IReadOnlyList<TEntry>> EntriesOf(PropertyInfo list)
    {
        var document = Expression.Parameter(typeof(DataSetDocument), "document");
        return Expression.Lambda<Func<DataSetDocument, IReadOnlyList<TEntry>>>(Expression.Property(document, list), document).Compile();
    }

    /// <summary>What <c>document with { List = entries }</c> does, for the list <paramref name="list"/>.</summary>
    private static Func<DataSetDocument, IReadOnlyList<TEntry>, DataSetDocument> DocumentWith(PropertyInfo list)
    {
        var replaced = list.Name;
        var document = Expression.Parameter(typeof(DataSetDocument), "document");
        var entries = Expression.Parameter(typeof(IReadOnlyList<TEntry>), "entries");
        var bindings = typeof(DataSetDocument).GetProperties().Where(p => p.CanWrite)
            .Select(p => (MemberBinding)Expression.Bind(p, p.Name == replaced ? entries : Expression.Property(document, p)));
        return Expression.Lambda<Func<DataSetDocument, IReadOnlyList<TEntry>, DataSetDocument>>(
            Expression.MemberInit(Expression.New(typeof(DataSetDocument)), bindings), document, entries).Compile();
    }
}
