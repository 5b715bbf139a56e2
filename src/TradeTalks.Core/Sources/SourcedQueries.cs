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
}
