using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;

namespace TradeTalks.Tariffs;

/// <summary>Loads the tariff layers from the store and builds their timeline.</summary>
public sealed class TariffService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    public async Task<TariffTimeline> GetTimelineAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var layers = await db.TariffLayers
            .AsNoTracking()
            .Include(l => l.Sources)
            .Include(l => l.Changes).ThenInclude(c => c.Sources)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return TariffTimeline.From(layers);
    }
}
