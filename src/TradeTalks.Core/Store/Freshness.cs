using TradeTalks.Time;
using Microsoft.EntityFrameworkCore;

namespace TradeTalks.Store;

/// <summary>How current the data is: the newest source on record and the last edit to any record.</summary>
public sealed record Freshness(DateOnly? LatestSource, DateTimeOffset? LastEdit)
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
    public async Task<Freshness> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var latestSource = await db.Sources.MaxAsync(s => s.PublishedOn, cancellationToken);
        DateTimeOffset?[] edits =
        [
            await db.Sources.MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.People.MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.Talks.MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.TariffLayers.MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.TariffChanges.MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.TruceWindows.MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.TruceExtensions.MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.IndicatorReleases.MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.Statements.MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.Claims.MaxAsync(x => x.UpdatedAt, cancellationToken),
            await db.Developments.MaxAsync(x => x.UpdatedAt, cancellationToken),
        ];
        return new Freshness(latestSource, edits.Max());
    }
}
