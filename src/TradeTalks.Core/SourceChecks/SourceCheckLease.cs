using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;

namespace TradeTalks.SourceChecks;

/// <summary>
/// Which instance runs the scheduled check of sources, when several share a store: a row in the store's marks that
/// names its holder and when it ends. It is taken only once it has ended, with a conditional update, so of the
/// instances that ask at once exactly one gets it; and it lasts the whole period between checks, so the holder checks
/// once and nobody checks again until the period is over, even the holder itself or an instance that started since.
/// </summary>
public sealed class SourceCheckLease(IDbContextFactory<TradeTalksDbContext> contextFactory, TimeProvider time)
{
    /// <summary>Takes the lease for <paramref name="period"/> if it has ended (or was never taken); false when another holds it.</summary>
    public async Task<bool> TryTakeAsync(string holder, TimeSpan period, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + period;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var taken = await db.StoreMarks
            .Where(m => m.Name == StoreMark.SourceCheckLease && m.At <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Value, holder).SetProperty(m => m.At, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.StoreMarks.AnyAsync(m => m.Name == StoreMark.SourceCheckLease, cancellationToken))
        {
            return false;
        }

        db.StoreMarks.Add(new StoreMark { Name = StoreMark.SourceCheckLease, Value = holder, At = until });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance made the row first, and holds the lease.
            return false;
        }
    }

    /// <summary>Who holds the lease and until when, if anyone ever took it.</summary>
    public async Task<(string Holder, DateTimeOffset Until)?> HolderAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var mark = await db.StoreMarks.AsNoTracking().FirstOrDefaultAsync(m => m.Name == StoreMark.SourceCheckLease, cancellationToken);
        return mark is null ? null : (mark.Value, mark.At);
    }
}
