using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TradeTalks.Sources;

namespace TradeTalks.Store.Seed;

/// <summary>
/// Adds the seed records the store lacks, matched by key. Records that exist are never touched, so edits survive
/// and running it again adds nothing.
/// </summary>
public sealed class Seeder(IDbContextFactory<TradeTalksDbContext> contextFactory, ILogger<Seeder> logger)
{
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        var seed = new SeedData();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var sources = await AddMissing(db.Sources, seed.Sources, _ => { }, cancellationToken);
        var people = await AddMissing(db.People, seed.People, p => Cite(p, sources), cancellationToken);
        await AddMissing(db.Talks, seed.Talks, t =>
        {
            Cite(t, sources);
            t.Participants = [.. t.Participants.Select(p => people[p.Key])];
        }, cancellationToken);

        var layers = await AddMissing(db.TariffLayers, seed.TariffLayers, l =>
        {
            Cite(l, sources);
            l.Changes = [];
        }, cancellationToken);
        await AddMissing(db.TariffChanges, seed.TariffChanges, c =>
        {
            Cite(c, sources);
            c.Layer = layers[c.Layer.Key];
        }, cancellationToken);

        var windows = await AddMissing(db.TruceWindows, seed.TruceWindows, w =>
        {
            Cite(w, sources);
            w.Extensions = [];
        }, cancellationToken);
        await AddMissing(db.TruceExtensions, seed.TruceExtensions, e =>
        {
            Cite(e, sources);
            e.TruceWindow = windows[e.TruceWindow.Key];
        }, cancellationToken);

        await AddMissing(db.IndicatorReleases, seed.Indicators, i => Cite(i, sources), cancellationToken);
        await AddMissing(db.Statements, seed.Statements, s =>
        {
            Cite(s, sources);
            s.Person = s.Person is null ? null : people[s.Person.Key];
        }, cancellationToken);
        await AddMissing(db.Claims, seed.Claims, c =>
        {
            Cite(c, sources);
            c.Person = c.Person is null ? null : people[c.Person.Key];
        }, cancellationToken);
        await AddMissing(db.Developments, seed.Developments, d => Cite(d, sources), cancellationToken);

        var added = await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (added > 0)
        {
            logger.LogInformation("Seeded {RowCount} rows into the store", added);
        }

        return added;
    }

    private static void Cite(ISourced record, Dictionary<string, Source> sources)
    {
        var keys = record.Sources.Select(s => s.Key).ToList();
        record.Sources.Clear();
        record.Sources.AddRange(keys.Select(k => sources[k]));
    }

    /// <summary>
    /// Adds the seed records whose key is not stored yet, after <paramref name="link"/> points their references at
    /// stored objects. Returns every record of the kind by key, stored or new.
    /// </summary>
    private static async Task<Dictionary<string, T>> AddMissing<T>(
        DbSet<T> set, IEnumerable<T> seedRecords, Action<T> link, CancellationToken cancellationToken)
        where T : class, IKeyed
    {
        var stored = await set.ToDictionaryAsync(r => r.Key, cancellationToken);
        foreach (var record in seedRecords)
        {
            if (stored.ContainsKey(record.Key))
            {
                continue;
            }

            link(record);
            set.Add(record);
            stored[record.Key] = record;
        }

        return stored;
    }
}
