using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;

namespace TradeTalks.Published;

/// <summary>
/// Finds the data version a reader's <c>published</c> or <c>version</c> names, and what was written after it. Reads the
/// live store's history, whichever store the request is being served from.
/// </summary>
public sealed class PublishedVersions(LiveStore live)
{
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
        await using var db = await live.CreateDbContextAsync(cancellationToken);
        var found = await db.ChangeSets.OrderByDescending(c => c.Id).Select(c => new { c.Id, c.At }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new DataVersion(found.Id, found.At);
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
