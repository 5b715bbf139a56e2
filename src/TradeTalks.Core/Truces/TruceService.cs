using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;

namespace TradeTalks.Truces;

/// <summary>Finds the truce that applies at an instant and works out its status.</summary>
public sealed class TruceService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    /// <summary>The status of the latest truce announced by <paramref name="at"/>, or null when there was none yet.</summary>
    public async Task<TruceStatus?> GetStatusAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var windows = await GetWindowsAsync(cancellationToken);
        return windows
            .OrderByDescending(w => w.AnnouncedOn)
            .Select(w => TruceCalculator.StatusAt(w, at))
            .FirstOrDefault(s => s is not null);
    }

    public async Task<IReadOnlyList<TruceWindow>> GetWindowsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.TruceWindows
            .AsNoTracking()
            .Include(w => w.Sources)
            .Include(w => w.Extensions).ThenInclude(e => e.Sources)
            .Include(w => w.Items).ThenInclude(i => i.Sources)
            .Include(w => w.Items).ThenInclude(i => i.Layer).ThenInclude(l => l!.Changes)
            .Include(w => w.Items).ThenInclude(i => i.Measure).ThenInclude(m => m!.Changes)
            .Include(w => w.Items).ThenInclude(i => i.Extension)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }
}
