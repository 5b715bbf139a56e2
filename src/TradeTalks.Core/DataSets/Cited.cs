using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;

namespace TradeTalks.DataSets;

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
        var record = Expression.Parameter(typeof(TEntity));
        return Expression.Lambda<Func<TEntity, int>>(Expression.Property(record, "Id"), record).Compile();
    }
}
