using System.Linq.Expressions;

namespace TradeTalks.DataSets;

/// <summary>
/// Where a child kind sits in its parent kind: its entries in the parent's entry, its records in the parent's, its parent,
/// and the order the parent's entry lists them in.
/// </summary>
internal abstract class ChildPlace<TEntity, TEntry>
    where TEntity : IKeyed
{
    public abstract DataSetKind Parent { get; }

    public abstract IReadOnlyList<TEntry> EntriesIn(IEntry parentEntry);

    public abstract IEnumerable<TEntity> RecordsIn(object parentRecord);

    public abstract string ParentKeyOf(TEntity record);

    /// <summary>The parent's key, for a query of stored children.</summary>
    public abstract Expression<Func<TEntity, string>> ParentKey { get; }

    /// <summary>Sets the record's parent to the one whose entry holds it (<see cref="References.ParentKey"/>).</summary>
    public abstract void SetParent(TEntity record, References references);

    /// <summary>Lists a parent record's children in its new entry, in their order (then by key), each as its entry.</summary>
    public abstract void ListIn(object parentRecord, IEntry parentEntry, Func<TEntity, TEntry> toEntry);
}

internal sealed class ChildPlace<TParent, TParentEntry, TEntity, TEntry>(
    DataSetKind<TParent, TParentEntry> parent,
    Expression<Func<TParentEntry, IReadOnlyList<TEntry>>> entries,
    Func<TParent, IEnumerable<TEntity>> records,
    Expression<Func<TEntity, TParent>> reference,
    Func<IEnumerable<TEntity>, IOrderedEnumerable<TEntity>> order) : ChildPlace<TEntity, TEntry>
    where TParent : class, IKeyed, IEditable
    where TParentEntry : class, IEntry
    where TEntity : IKeyed
{
    private readonly Func<TParentEntry, IReadOnlyList<TEntry>> _entries = entries.Compile();

    // The entry is new when its children are listed in it (ToEntry), so its init-only list is set in place.
    private readonly Action<TParentEntry, IReadOnlyList<TEntry>> _setEntries = Setter(entries);

    private readonly Func<TEntity, TParent> _get = reference.Compile();

    private readonly Action<TEntity, TParent> _set = Setter(reference);

    public override DataSetKind Parent => parent;

    public override IReadOnlyList<TEntry> EntriesIn(IEntry parentEntry) => _entries((TParentEntry)parentEntry);

    public override IEnumerable<TEntity> RecordsIn(object parentRecord) => records((TParent)parentRecord);

    public override string ParentKeyOf(TEntity record) => _get(record).Key;

    public override Expression<Func<TEntity, string>> ParentKey { get; } =
        Expression.Lambda<Func<TEntity, string>>(Expression.Property(reference.Body, nameof(IKeyed.Key)), reference.Parameters);

    public override void SetParent(TEntity record, References references) => _set(record, references.Parent(parent));

    public override void ListIn(object parentRecord, IEntry parentEntry, Func<TEntity, TEntry> toEntry) =>
        _setEntries((TParentEntry)parentEntry, [.. order(records((TParent)parentRecord)).ThenBy(r => r.Key, StringComparer.Ordinal).Select(toEntry)]);

    private static Action<TOwner, TValue> Setter<TOwner, TValue>(Expression<Func<TOwner, TValue>> member)
    {
        var value = Expression.Parameter(typeof(TValue));
        return Expression.Lambda<Action<TOwner, TValue>>(Expression.Assign(member.Body, value), member.Parameters[0], value).Compile();
    }
}
