using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;

namespace TradeTalks.Published;

/// <summary>
/// Finds the data version a reader's <c>published</c> or <c>version</c> names, and what was written after it. Reads the
/// live store's history, whichever store the request is being served from. The latest version, which every page's
/// "Cite this" pins, is remembered until the next write (the write path, or the watcher of another instance's writes,
/// tells it) and a minute at most.
/// </summary>
public sealed class PublishedVersions(LiveStore live, TimeProvider time) : DataSets.IStoreWriteObserver
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private (DataVersion? Version, DateTimeOffset Expires, long Writes)? _latest;
    private long _writes;

    /// <summary>The version in force at the point asked for; null when nothing had been published by then.</summary>
    public async Task<DataVersion?> FindAsync(PublishedPoint point, CancellationToken cancellationToken = default)
    {
        await using var db = await live.CreateDbContextAsync(cancellationToken);
        var changeSets = db.ChangeSets.AsNoTracking();
        changeSets = point.Version is { } number ? changeSets.Where(c => c.Id <= number) : changeSets.Where(c => c.At <= point.At);
        var found = await changeSets.OrderByDescending(c => c.Id).Select(c => new { c.Id, c.At }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new DataVersion(found.Id, found.At);
    }

    /// <summary>The newest version; null for a store with no history yet.</summary>
    public async Task<DataVersion?> LatestAsync(CancellationToken cancellationToken = default)
    {
        var writes = Interlocked.Read(ref _writes);
        if (_latest is { } remembered && remembered.Writes == writes && remembered.Expires > time.GetUtcNow())
        {
            return remembered.Version;
        }

        await using var db = await live.CreateDbContextAsync(cancellationToken);
        var found = await db.ChangeSets.OrderByDescending(c => c.Id).Select(c => new { c.Id, c.At }).FirstOrDefaultAsync(cancellationToken);
        var latest = found is null ? null : new DataVersion(found.Id, found.At);
        // Read before a write that landed meanwhile: not kept, or it would outlive the write.
        _latest = (latest, time.GetUtcNow() + Lifetime, writes);
        return latest;
    }

    public Task StoreWrittenAsync()
    {
        Interlocked.Increment(ref _writes);
        _latest = null;
        return Task.CompletedTask;
    }

    /// <summary>The first version of all; null for a store with no history yet.</summary>
    public async Task<DataVersion?> FirstAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await live.CreateDbContextAsync(cancellationToken);
        var found = await db.ChangeSets.OrderBy(c => c.Id).Select(c => new { c.Id, c.At }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new DataVersion(found.Id, found.At);
    }

    /// <summary>The change sets written after <paramref name="version"/>.</summary>
    public async Task<LaterChanges> AfterAsync(DataVersion version, CancellationToken cancellationToken = default)
    {
        await using var db = await live.CreateDbContextAsync(cancellationToken);
        var later = db.ChangeSets.Where(c => c.Id > version.Number);
        var count = await later.CountAsync(cancellationToken);
        if (count == 0)
        {
            return new LaterChanges(0, null, null);
        }

        var first = await later.OrderBy(c => c.Id).Select(c => c.At).FirstAsync(cancellationToken);
        var last = await later.OrderByDescending(c => c.Id).Select(c => c.At).FirstAsync(cancellationToken);
        return new LaterChanges(count, first, last);
    }
}
