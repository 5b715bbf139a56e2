using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;

namespace TradeTalks.History;

/// <summary>Reads the history: the versions of one record, and recent changes across the store.</summary>
public sealed class HistoryService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    public const int MaxPageSize = 200;

    /// <summary>Every recorded version of one record, newest first, with who wrote it.</summary>
    public async Task<IReadOnlyList<RecordVersion>> ForRecordAsync(string kind, string key, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.RecordVersions.AsNoTracking().Include(v => v.ChangeSet)
            .Where(v => v.Kind == kind && v.Key == key)
            .OrderByDescending(v => v.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Recent change sets, newest first, optionally by one person and touching one kind; each with its records.</summary>
    public async Task<IReadOnlyList<ChangeSet>> RecentAsync(string? actor, string? kind, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.ChangeSets.AsNoTracking();
        if (!string.IsNullOrEmpty(actor))
        {
            query = query.Where(s => s.Actor == actor);
        }

        if (!string.IsNullOrEmpty(kind))
        {
            query = query.Where(s => s.Records.Any(r => r.Kind == kind));
        }

        return await query.OrderByDescending(s => s.Id).Take(Math.Clamp(take, 1, MaxPageSize))
            .Include(s => s.Records.OrderBy(r => r.Id).Take(50)).AsSplitQuery()
            .ToListAsync(cancellationToken);
    }

    /// <summary>The newest write to the store: what conditional requests and caches are keyed on. Null for an empty history.</summary>
    public async Task<(long Id, DateTimeOffset At)?> LatestAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var latest = await db.ChangeSets.OrderByDescending(s => s.Id).Select(s => new { s.Id, s.At }).FirstOrDefaultAsync(cancellationToken);
        return latest is null ? null : (latest.Id, latest.At);
    }

    /// <summary>Everyone who has written to the store, for the filter.</summary>
    public async Task<IReadOnlyList<string>> ActorsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ChangeSets.Select(s => s.Actor).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
    }

    /// <summary>Records whose latest recorded change removed them, newest first: what can be brought back.</summary>
    public async Task<IReadOnlyList<RecordVersion>> DeletedAsync(string kind, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var latest = db.RecordVersions.Where(v => v.Kind == kind).GroupBy(v => v.Key).Select(g => g.Max(v => v.Id));
        return await db.RecordVersions.AsNoTracking().Include(v => v.ChangeSet)
            .Where(v => latest.Contains(v.Id) && v.Type == DataSets.RecordChangeType.Removed)
            .OrderByDescending(v => v.Id)
            .ToListAsync(cancellationToken);
    }
}
