using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;
using TradeTalks.Time;

namespace TradeTalks.Truces;

/// <summary>Finds the truce that applies at an instant and works out its status.</summary>
public sealed class TruceService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    /// <summary>The status of the latest truce announced by <paramref name="asOf"/>, or null when there was none yet.</summary>
    public async Task<TruceStatus?> GetStatusAsync(AsOf asOf, CancellationToken cancellationToken = default) =>
        await GetLatestWindowAsync(asOf, cancellationToken) is { } window ? TruceCalculator.StatusAt(window, asOf.Instant) : null;

    /// <summary>
    /// The latest truce window announced by the as-of day, with everything its status is worked out from (extensions,
    /// items, their layers' and measures' histories), or null when there was none. It depends on the day alone: what
    /// changes with the instant is left to <see cref="TruceCalculator.StatusAt"/>.
    /// </summary>
    public async Task<TruceWindow?> GetLatestWindowAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        var day = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Only the latest window announced by then can be the one in question: one query, whatever the number of
        // windows. Its extensions and items are filtered by that window inside the query, so the database reads only
        // that window's rows rather than every window's.
        var latest = db.TruceWindows.Where(w => w.AnnouncedOn <= day).OrderByDescending(w => w.AnnouncedOn).ThenBy(w => w.Id).Select(w => w.Id).Take(1);
        // The children's sources are named by id too, as IncludeSources does for the window's (see SourcedQueries).
        var extensionSources = db.TruceExtensions.Where(e => latest.Contains(e.TruceWindowId)).SelectMany(e => e.Sources).Select(x => x.Id);
        var itemSources = db.TruceItems.Where(i => latest.Contains(i.TruceWindowId)).SelectMany(i => i.Sources).Select(x => x.Id);
        var windows = await db.TruceWindows
            .AsNoTracking()
            .Where(w => latest.Contains(w.Id))
            .IncludeSources()
            .Include(w => w.Extensions.Where(e => latest.Contains(e.TruceWindowId))).ThenInclude(e => e.Sources.Where(x => extensionSources.Contains(x.Id)))
            .Include(w => w.Items.Where(i => latest.Contains(i.TruceWindowId))).ThenInclude(i => i.Sources.Where(x => itemSources.Contains(x.Id)))
            .Include(w => w.Items.Where(i => latest.Contains(i.TruceWindowId))).ThenInclude(i => i.Layer).ThenInclude(l => l!.Changes)
            .Include(w => w.Items.Where(i => latest.Contains(i.TruceWindowId))).ThenInclude(i => i.Measure).ThenInclude(m => m!.Changes)
            .Include(w => w.Items.Where(i => latest.Contains(i.TruceWindowId))).ThenInclude(i => i.Extension)
            .AsSingleQuery()
            .ToListAsync(cancellationToken);
        Cut(asOf, windows);
        return windows.FirstOrDefault();
    }

    /// <summary>The truce windows announced by <paramref name="asOf"/>, with the extensions signed by then.</summary>
    public async Task<IReadOnlyList<TruceWindow>> GetWindowsAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        var windows = (await GetWindowsAsync(cancellationToken)).Where(w => w.AnnouncedOn <= asOf.Day).ToList();
        foreach (var window in windows)
        {
            window.Extensions.RemoveAll(e => e.SignedAt > asOf.Instant);
            window.Items.RemoveAll(i => i.Extension is { } extension && extension.SignedAt > asOf.Instant);
            if (window.LapsedOn > asOf.Day)
            {
                window.LapsedOn = null;
                window.LapseNote = null;
            }
        }

        Cut(asOf, windows);
        return windows;
    }

    private static void Cut(AsOf asOf, IReadOnlyList<TruceWindow> windows)
    {
        SourceCut.Apply(asOf, windows);
        SourceCut.Apply(asOf, windows.SelectMany(w => w.Extensions));
        SourceCut.Apply(asOf, windows.SelectMany(w => w.Items));
    }

    public async Task<IReadOnlyList<TruceWindow>> GetWindowsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await WithEverything(db.TruceWindows).AsSplitQuery().ToListAsync(cancellationToken);
    }

    private static IQueryable<TruceWindow> WithEverything(IQueryable<TruceWindow> windows) => windows
        .AsNoTracking()
        .Include(w => w.Sources)
        .Include(w => w.Extensions).ThenInclude(e => e.Sources)
        .Include(w => w.Items).ThenInclude(i => i.Sources)
        .Include(w => w.Items).ThenInclude(i => i.Layer).ThenInclude(l => l!.Changes)
        .Include(w => w.Items).ThenInclude(i => i.Measure).ThenInclude(m => m!.Changes)
        .Include(w => w.Items).ThenInclude(i => i.Extension);
}
