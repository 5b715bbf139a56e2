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

    /// <summary>One talk by its key, if it had begun by the as-of day; only that talk is read.</summary>
    public async Task<Talk?> FindAsync(string key, AsOf asOf, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var talk = await db.Talks.AsNoTracking().Where(t => t.Key == key && t.FirstDay <= asOf.Day)
            .Include(t => t.Participants).IncludeSources().AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        SourceCut.Apply(asOf, talk);
        return talk;
    }

    /// <summary>The latest talk that had begun by a day, and the first one on record after it (one query).</summary>
    public async Task<(Talk? Latest, Talk? Next)> GetLatestAndNextAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        var day = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var latestId = db.Talks.Where(t => t.FirstDay <= day).OrderByDescending(t => t.FirstDay).ThenBy(t => t.Id).Select(t => t.Id).Take(1);
        var nextId = db.Talks.Where(t => t.FirstDay > day).OrderBy(t => t.FirstDay).ThenBy(t => t.Id).Select(t => t.Id).Take(1);
        var chosen = db.Talks.Where(t => latestId.Contains(t.Id) || nextId.Contains(t.Id));
        // The people of just these talks, named by id as IncludeSources names sources (see SourcedQueries).
        var people = chosen.SelectMany(t => t.Participants).Select(p => p.Id);
        var talks = await chosen.AsNoTracking()
            .Include(t => t.Participants.Where(p => people.Contains(p.Id)))
            .IncludeSources()
            .AsSingleQuery()
            .ToListAsync(cancellationToken);
        var latest = talks.FirstOrDefault(t => t.FirstDay <= day);
        var next = talks.FirstOrDefault(t => t.FirstDay > day);
        SourceCut.Apply(asOf, latest, next);
        return (latest, next);
    }
}
