using TradeTalks.Sources;
using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;
using TradeTalks.Time;

namespace TradeTalks.Talks;

/// <summary>Reads talks with who took part and where the record comes from.</summary>
public sealed class TalkService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    /// <summary>Talks that had begun by the as-of day, newest first.</summary>
    public async Task<IReadOnlyList<Talk>> GetAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var talks = await db.Talks.AsNoTracking().Include(t => t.Participants).Include(t => t.Sources).AsSplitQuery()
            .Where(t => t.FirstDay <= asOf.Day)
            .OrderByDescending(t => t.FirstDay).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        SourceCut.Apply(asOf, talks);
        return talks;
    }

    /// <summary>The latest talk that had begun by a day, and the first one on record after it.</summary>
    public async Task<(Talk? Latest, Talk? Next)> GetLatestAndNextAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        var day = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var talks = db.Talks.AsNoTracking().Include(t => t.Participants).Include(t => t.Sources).AsSplitQuery();
        var latest = await talks.Where(t => t.FirstDay <= day).OrderByDescending(t => t.FirstDay).FirstOrDefaultAsync(cancellationToken);
        var next = await talks.Where(t => t.FirstDay > day).OrderBy(t => t.FirstDay).FirstOrDefaultAsync(cancellationToken);
        SourceCut.Apply(asOf, latest, next);
        return (latest, next);
    }
}
