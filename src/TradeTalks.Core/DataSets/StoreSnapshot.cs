using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;

namespace TradeTalks.DataSets;

/// <summary>
/// Every stored record with what it refers to, loaded in one go, top-level kind by kind (children come with their
/// parents): what export writes and import compares against. With a <see cref="StoreScope"/>, only the records in it
/// (each still with all its children).
/// </summary>
internal sealed class StoreSnapshot
{
    private readonly Dictionary<DataSetKind, List<object>> _records;

    private StoreSnapshot(Dictionary<DataSetKind, List<object>> records) => _records = records;

    /// <summary>The stored records of a top-level kind.</summary>
    public IReadOnlyList<object> Of(DataSetKind kind) => _records[kind];

    /// <summary>Loads the store, or the part of it in <paramref name="scope"/>; tracked when the records are to be changed.</summary>
    public static async Task<StoreSnapshot> LoadAsync(TradeTalksDbContext db, bool tracked, CancellationToken cancellationToken, StoreScope? scope = null)
    {
        var records = new Dictionary<DataSetKind, List<object>>();
        foreach (var kind in Kinds.TopLevel)
        {
            records[kind] = await kind.LoadAsync(db, tracked, scope, cancellationToken);
        }

        return new(records);
    }

    /// <summary>Records held in memory, by top-level kind, such as a write left them.</summary>
    public static StoreSnapshot Of(Func<DataSetKind, IEnumerable<object>> records) =>
        new(Kinds.TopLevel.ToDictionary(kind => kind, kind => records(kind).ToList()));

    /// <summary>The store as a data set (see <see cref="DataSetKind.Write"/> for the order of the records).</summary>
    public DataSetDocument ToDocument() => Kinds.TopLevel.Aggregate(new DataSetDocument(), (document, kind) => kind.Write(document, _records[kind]));
}

/// <summary>Writes the whole store as a data set.</summary>
public sealed class DataSetExporter(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    public async Task<DataSetDocument> ExportAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await StoreSnapshot.LoadAsync(db, tracked: false, cancellationToken)).ToDocument();
    }
}
