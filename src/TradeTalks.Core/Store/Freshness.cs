using TradeTalks.Time;
using Microsoft.EntityFrameworkCore;

namespace TradeTalks.Store;

/// <summary>How current the data is: the newest source on record and the last edit to any record.</summary>
public sealed record Freshness(DateOnly? LatestSource, DateTimeOffset? LastEdit, Sources.Source? NewestSource = null)
{
    /// <summary>The day the data was last brought up to date, in US Eastern time.</summary>
    public DateOnly? AsOfDay => (LatestSource, LastEdit) switch
    {
        (null, null) => null,
        ({ } source, null) => source,
        (null, { } edit) => Zones.UsEastern.DayOf(edit),
        ({ } source, { } edit) => Max(source, Zones.UsEastern.DayOf(edit)),
    };

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

public sealed class FreshnessService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    /// <summary>How current the data was on a day: sources published by then, edits made by then.</summary>
    public async Task<Freshness> GetAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        var until = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var newest = await db.Sources.AsNoTracking().Where(s => s.PublishedOn <= until)
            .OrderByDescending(s => s.PublishedOn).ThenBy(s => s.Key).FirstOrDefaultAsync(cancellationToken);
        var latestSource = newest?.PublishedOn;
        var endOfDay = Zones.UsEastern.EndOfDay(until);
        DateTimeOffset?[] edits =
        [
            await db.Sources.Where(x => x.UpdatedAt <= endOfDay).MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.People.Where(x => x.UpdatedAt <= endOfDay).MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.Talks.Where(x => x.UpdatedAt <= endOfDay).MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.TariffLayers.Where(x => x.UpdatedAt <= endOfDay).MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.TariffChanges.Where(x => x.UpdatedAt <= endOfDay).MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.TruceWindows.Where(x => x.UpdatedAt <= endOfDay).MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.TruceExtensions.Where(x => x.UpdatedAt <= endOfDay).MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.IndicatorReleases.Where(x => x.UpdatedAt <= endOfDay).MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.Statements.Where(x => x.UpdatedAt <= endOfDay).MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.Claims.Where(x => x.UpdatedAt <= endOfDay).MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.Developments.Where(x => x.UpdatedAt <= endOfDay).MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.Measures.Where(x => x.UpdatedAt <= endOfDay).MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.MeasureChanges.Where(x => x.UpdatedAt <= endOfDay).MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.Commitments.Where(x => x.UpdatedAt <= endOfDay).MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.CommitmentProgress.Where(x => x.UpdatedAt <= endOfDay).MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.TruceItems.Where(x => x.UpdatedAt <= endOfDay).MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.RemovedRecords.Where(x => x.RemovedAt <= endOfDay).MaxAsync(x => (DateTimeOffset?)x.RemovedAt, cancellationToken),
        ];
        return new Freshness(latestSource, edits.Max(), newest);
    }
}
