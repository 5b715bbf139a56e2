using System.Linq.Expressions;

namespace TradeTalks.DataSets;

/// <summary>Where a child kind sits in its parent kind: its entries in the parent's entry, its records in the parent's, its parent.</summary>
internal abstract class ChildPlace<TEntity, TEntry>
{
    public abstract DataSetKind Parent { get; }

    public abstract IReadOnlyList<TEntry> EntriesIn(IEntry parentEntry);

    public abstract IEnumerable<TEntity> RecordsIn(object parentRecord);

    public abstract string ParentKeyOf(TEntity record);

    /// <summary>The parent's key, for a query of stored children.</summary>
    public abstract Expression<Func<TEntity, string>> ParentKey { get; }

    /// <summary>Sets the record's parent to the one whose entry holds it (<see cref="References.ParentKey"/>).</summary>
    public abstract void SetParent(TEntity record, References references);
}

internal sealed class ChildPlace<TParent, TParentEntry, TEntity, TEntry>(
    DataSetKind<TParent, TParentEntry> parent,
    Func<TParentEntry, IReadOnlyList<TEntry>> entries,
    Func<TParent, IEnumerable<TEntity>> records,
    Expression<Func<TEntity, TParent>> reference) : ChildPlace<TEntity, TEntry>
    where TParent : class, IKeyed, IEditable
    where TParentEntry : class, IEntry
{
    private readonly Func<TEntity, TParent> _get = reference.Compile();

    private readonly Action<TEntity, TParent> _set = Setter(reference);

    public override DataSetKind Parent => parent;

    public override IReadOnlyList<TEntry> EntriesIn(IEntry parentEntry) => entries((TParentEntry)parentEntry);

    public override IEnumerable<TEntity> RecordsIn(object parentRecord) => records((TParent)parentRecord);

    public override string ParentKeyOf(TEntity record) => _get(record).Key;

    public override Expression<Func<TEntity, string>> ParentKey { get; } =
        Expression.Lambda<Func<TEntity, string>>(Expression.Property(reference.Body, nameof(IKeyed.Key)), reference.Parameters);

    public override void SetParent(TEntity record, References references) => _set(record, references.Parent(parent));

    private static Action<TEntity, TParent> Setter(Expression<Func<TEntity, TParent>> reference)
    {
        var value = Expression.Parameter(typeof(TParent));
        return Expression.Lambda<Action<TEntity, TParent>>(Expression.Assign(reference.Body, value), reference.Parameters[0], value).Compile();
    }
}
