using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;
using TradeTalks.Time;

namespace TradeTalks.Measures;

public sealed class MeasureService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    /// <summary>Every measure with something on record by the instant, with its status then.</summary>
    public async Task<IReadOnlyList<MeasureStatus>> GetStatusesAsync(AsOf asOf, CancellationToken cancellationToken = default) =>
        (await GetStatusPageAsync(asOf, null, null, 1, int.MaxValue, cancellationToken)).Items;

    /// <summary>One page of <see cref="GetStatusesAsync"/>, of one side and kind when given.</summary>
    public Task<Paged<MeasureStatus>> GetStatusPageAsync(
        AsOf asOf, Side? side, MeasureKind? kind, int page, int pageSize, CancellationToken cancellationToken = default) =>
        ReadStatusesAsync(asOf, side, kind, null, page, pageSize, cancellationToken);

    /// <summary>One measure by its key with its status at the instant, if it has something on record by then; only it is read.</summary>
    public async Task<MeasureStatus?> FindStatusAsync(string key, AsOf asOf, CancellationToken cancellationToken = default) =>
        (await ReadStatusesAsync(asOf, null, null, key, 1, 1, cancellationToken)).Items.FirstOrDefault();

    private async Task<Paged<MeasureStatus>> ReadStatusesAsync(
        AsOf asOf, Side? side, MeasureKind? kind, string? key, int page, int pageSize, CancellationToken cancellationToken)
    {
        var at = asOf.Instant;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var onRecord = db.Measures.Where(m => m.Changes.Any(c => c.At <= at)
            && (side == null || m.Side == side) && (kind == null || m.Kind == kind) && (key == null || m.Key == key));
        var total = await onRecord.CountAsync(cancellationToken);
        page = Paged<MeasureStatus>.Clamp(page, total, pageSize);
        var measures = await onRecord.AsNoTracking()
            // US first, then China, then others; kinds by name (as they are stored); the earliest on record first.
            .OrderBy(m => m.Side == Side.UnitedStates ? 0 : m.Side == Side.China ? 1 : 2).ThenBy(m => m.Kind)
            .ThenBy(m => m.Changes.Min(c => c.At)).ThenBy(m => m.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Include(m => m.Sources)
            .Include(m => m.Changes).ThenInclude(c => c.Sources)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        SourceCut.Apply(asOf, measures);
        SourceCut.Apply(asOf, measures.SelectMany(m => m.Changes));
        return new Paged<MeasureStatus>(
            [
                .. measures.Select(m => MeasureStatus.Of(m, at)).OfType<MeasureStatus>()
                    .OrderBy(s => s.Measure.Side == Side.UnitedStates ? 0 : s.Measure.Side == Side.China ? 1 : 2)
                    .ThenBy(s => s.Measure.Kind.ToString(), StringComparer.Ordinal).ThenBy(s => s.History[0].At).ThenBy(s => s.Measure.Id),
            ],
            total, page, pageSize);
    }
}
