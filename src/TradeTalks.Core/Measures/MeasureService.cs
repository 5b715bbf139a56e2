using TradeTalks.Sources;
using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;
using TradeTalks.Time;

namespace TradeTalks.Measures;

public sealed class MeasureService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    /// <summary>Every measure with something on record by the instant, with its status then.</summary>
    public async Task<IReadOnlyList<MeasureStatus>> GetStatusesAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        var at = asOf.Instant;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var measures = await db.Measures.AsNoTracking()
            .Include(m => m.Sources)
            .Include(m => m.Changes).ThenInclude(c => c.Sources)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        SourceCut.Apply(asOf, measures);
        SourceCut.Apply(asOf, measures.SelectMany(m => m.Changes));
        return
        [
            .. measures.Select(m => MeasureStatus.Of(m, at)).OfType<MeasureStatus>()
                .OrderBy(s => s.Measure.Side).ThenBy(s => s.Measure.Kind).ThenBy(s => s.History[0].At),
        ];
    }
}
