using Microsoft.EntityFrameworkCore;

namespace TradeTalks.Sources;

/// <summary>Loading a few records with their sources without reading every record's links.</summary>
public static class SourcedQueries
{
    /// <summary>
    /// Includes the sources of the records <paramref name="records"/> selects, naming those sources by id inside the
    /// same query. A plain <c>Include(r =&gt; r.Sources)</c> makes SQLite materialise the whole link table joined to the
    /// sources on every query (it cannot push the join into that subquery); with the sources named, it reads the
    /// link table from its key for just those. Use it on a query already narrowed to the records wanted.
    /// </summary>
    public static IQueryable<T> IncludeSources<T>(this IQueryable<T> records) where T : class, ISourced
    {
        var cited = records.SelectMany(r => r.Sources).Select(s => s.Id);
        return records.Include(r => r.Sources.Where(s => cited.Contains(s.Id)));
    }

    /// <summary>
    /// The records of <paramref name="records"/> that cite any of <paramref name="sourceIds"/>, found in the link table
    /// through its index on the source's id rather than by asking every record whether it cites one: the cost follows
    /// the citations of those sources, not the size of the table.
    /// </summary>
    public static IQueryable<T> Citing<T>(this IQueryable<T> records, DbContext db, IReadOnlyCollection<int> sourceIds) where T : class, ISourced =>
        records.LinkedTo(db, nameof(ISourced.Sources), sourceIds);

    /// <summary>
    /// The records of <paramref name="records"/> linked through the many-to-many <paramref name="navigation"/> to any of
    /// <paramref name="ids"/>, found in the link table through its index on the other side's id (see <see cref="Citing"/>).
    /// </summary>
    public static IQueryable<T> LinkedTo<T>(this IQueryable<T> records, DbContext db, string navigation, IReadOnlyCollection<int> ids) where T : class
    {
        var link = db.Model.FindEntityType(typeof(T))?.FindSkipNavigation(navigation)
            ?? throw new ArgumentException($"{typeof(T).Name} has no many-to-many navigation {navigation}.", nameof(navigation));
        var recordKey = link.ForeignKey.Properties.Single().Name;
        var otherKey = link.JoinEntityType.GetForeignKeys().Single(f => f != link.ForeignKey).Properties.Single().Name;
        var recordId = link.ForeignKey.PrincipalKey.Properties.Single().Name;
        var linked = db.Set<Dictionary<string, object>>(link.JoinEntityType.Name)
            .Where(l => ids.Contains(EF.Property<int>(l, otherKey)))
            .Select(l => EF.Property<int>(l, recordKey));
        return records.Where(r => linked.Contains(EF.Property<int>(r, recordId)));
    }
}
