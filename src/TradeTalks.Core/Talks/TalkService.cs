using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;

namespace TradeTalks.Talks;

/// <summary>Reads talks with who took part and where the record comes from.</summary>
public sealed class TalkService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    /// <summary>The latest talk that had begun by a day, and the first one on record after it.</summary>
    public async Task<(Talk? Latest, Talk? Next)> GetLatestAndNextAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var talks = db.Talks.AsNoTracking().Include(t => t.Participants).Include(t => t.Sources).AsSplitQuery();
        var latest = await talks.Where(t => t.FirstDay <= day).OrderByDescending(t => t.FirstDay).FirstOrDefaultAsync(cancellationToken);
        var next = await talks.Where(t => t.FirstDay > day).OrderBy(t => t.FirstDay).FirstOrDefaultAsync(cancellationToken);
        return (latest, next);
    }
}
