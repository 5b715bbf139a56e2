using Microsoft.EntityFrameworkCore;
using TradeTalks.Time;

namespace TradeTalks.Store;

/// <summary>
/// How current the data is: the newest source on record, the last edit to any record, and the data version shown (the
/// newest change set of the store being read: the live one, or a past version's copy).
/// </summary>
public sealed record Freshness(DateOnly? LatestSource, DateTimeOffset? LastEdit, Sources.Source? NewestSource, long? Version = null)
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
        var endOfDay = Zones.UsEastern.EndOfDay(until);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // Every write is a change set (imports, edits, deletions, restores); the records the bundled data set adds at
        // start-up are not edits. One query: the newest source, with the last edit and the data version beside it.
        var lastEdits = db.ChangeSets.Where(c => c.Origin != History.ChangeOrigin.Seed && c.At <= endOfDay);
        var row = await db.Sources.AsNoTracking().Where(s => s.PublishedOn <= until)
            .OrderByDescending(s => s.PublishedOn).ThenBy(s => s.Key)
            .Select(s => new { Source = s, LastEdit = lastEdits.Max(c => (DateTimeOffset?)c.At), Version = db.ChangeSets.Max(c => (long?)c.Id) })
            .FirstOrDefaultAsync(cancellationToken);
        var newest = row?.Source;
        var lastEdit = row is null ? await lastEdits.MaxAsync(c => (DateTimeOffset?)c.At, cancellationToken) : row.LastEdit;
        var version = row is null ? await db.ChangeSets.MaxAsync(c => (long?)c.Id, cancellationToken) : row.Version;
        return new Freshness(newest?.PublishedOn, lastEdit, newest, version);
    }
}
