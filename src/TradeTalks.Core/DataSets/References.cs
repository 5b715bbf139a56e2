namespace TradeTalks.DataSets;

/// <summary>
/// The records a write has matched so far, kind by kind, so that a record's references by key (a change's layer, a
/// talk's participants, every record's sources) are set to the records the store will hold.
/// </summary>
internal sealed class References
{
    private readonly Dictionary<DataSetKind, object> _byKind = [];

    /// <summary>The key of the parent of the record being set, for a child kind.</summary>
    public string? ParentKey { get; set; }

    public void Add<TEntity, TEntry>(DataSetKind<TEntity, TEntry> kind, Dictionary<string, TEntity> byKey)
        where TEntity : class, IKeyed, IEditable
        where TEntry : class, IEntry => _byKind[kind] = byKey;

    public Dictionary<string, TEntity> Of<TEntity, TEntry>(DataSetKind<TEntity, TEntry> kind)
        where TEntity : class, IKeyed, IEditable
        where TEntry : class, IEntry => (Dictionary<string, TEntity>)_byKind[kind];

    /// <summary>Every record of <paramref name="kind"/> matched so far: those stored and those added.</summary>
    public IEnumerable<object> RecordsOf(DataSetKind kind) => ((System.Collections.IDictionary)_byKind[kind]).Values.Cast<object>();

    /// <summary>The record of <paramref name="kind"/> with the key given; null for no key.</summary>
    public TEntity? Find<TEntity, TEntry>(DataSetKind<TEntity, TEntry> kind, string? key)
        where TEntity : class, IKeyed, IEditable
        where TEntry : class, IEntry => key is null ? null : Of(kind)[key];

    public TEntity Parent<TEntity, TEntry>(DataSetKind<TEntity, TEntry> kind)
        where TEntity : class, IKeyed, IEditable
        where TEntry : class, IEntry => Of(kind)[ParentKey!];

    /// <summary>
    /// The sources each record set so far is to cite, by key. They are written by id once the records have theirs
    /// (StoreWriter), rather than through each record's list of sources: tracking a link row for every citation cost
    /// more than the records themselves.
    /// </summary>
    public List<(ISourced Record, IReadOnlyList<string> Keys)> Citations { get; } = [];

    public void Cite(ISourced record, IReadOnlyList<string> sources) => Citations.Add((record, sources));

    /// <summary>Makes a list of referenced records hold exactly the keys given, touching only what differs.</summary>
    public void Link<TEntity, TEntry>(List<TEntity> list, IReadOnlyList<string> keys, DataSetKind<TEntity, TEntry> kind)
        where TEntity : class, IKeyed, IEditable
        where TEntry : class, IEntry
    {
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        list.RemoveAll(r => !wanted.Contains(r.Key));
        var byKey = Of(kind);
        list.AddRange(keys.Where(k => list.All(r => r.Key != k)).Select(k => byKey[k]));
    }
}
