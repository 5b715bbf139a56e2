using TradeTalks.Sources;
using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;
using TradeTalks.Time;

namespace TradeTalks.Tariffs;

/// <summary>Loads the tariff layers from the store and builds their timeline.</summary>
public sealed class TariffService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    /// <summary>
    /// The timeline as it was known at <paramref name="asOf"/>: the changes in effect by then, and those announced by
    /// then that take effect later (scheduled steps). A change neither in effect nor announced is left out.
    /// </summary>
    public async Task<TariffTimeline> GetTimelineAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        var everything = await GetTimelineAsync(cancellationToken);
        var layers = everything.Directions.SelectMany(d => d.Layers).ToList();
        foreach (var layer in layers)
        {
            layer.Changes.RemoveAll(c => c.EffectiveAt > asOf.Instant && !(c.AnnouncedOn is { } announced && announced <= asOf.Day));
        }

        SourceCut.Apply(asOf, layers);
        SourceCut.Apply(asOf, layers.SelectMany(l => l.Changes));
        return TariffTimeline.From(layers.Where(l => l.Changes.Count > 0), asOf.Instant);
    }

    /// <summary>Every layer and change on record, whenever it was known.</summary>
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
