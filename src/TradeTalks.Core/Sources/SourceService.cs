using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;

namespace TradeTalks.Sources;

/// <summary>A record that cites a source: what kind it is and how it is named.</summary>
public sealed record Citation(string Kind, string Key, string Label);

public sealed record SourceWithCitations(Source Source, IReadOnlyList<Citation> CitedBy);

public sealed class SourceService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    /// <summary>Every source published by a day (undated ones too), newest first, with every record that cites it.</summary>
    public async Task<IReadOnlyList<SourceWithCitations>> GetAllAsync(DateOnly until, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var sources = await db.Sources.AsNoTracking().Where(s => s.PublishedOn == null || s.PublishedOn <= until).ToListAsync(cancellationToken);
        var citations = new List<(int SourceId, Citation Citation)>();

        async Task Collect<T>(IQueryable<T> records, string kind, Func<T, string> label) where T : class, ISourced
        {
            foreach (var record in await records.AsNoTracking().Include(r => r.Sources).ToListAsync(cancellationToken))
            {
                citations.AddRange(record.Sources.Select(s => (s.Id, new Citation(kind, record.Key, label(record)))));
            }
        }

        await Collect(db.Talks, "Talk", t => $"{t.Title} ({t.FirstDay:yyyy-MM-dd})");
        await Collect(db.TariffChanges.Include(c => c.Layer), "Tariff change", c => $"{c.Layer.Name}: {Tariffs.Percent.Format(c.Rate)} from {c.EffectiveOn:yyyy-MM-dd}");
        await Collect(db.TariffLayers, "Tariff layer", l => l.Name);
        await Collect(db.TruceWindows, "Truce", w => w.Name);
        await Collect(db.TruceExtensions, "Truce extension", e => $"{e.Name} ({e.SignedOn:yyyy-MM-dd})");
        await Collect(db.Statements, "Statement", s => $"{s.Speaker}: “{s.Words}”");
        await Collect(db.Claims, "Claim", c => c.Summary);
        await Collect(db.IndicatorReleases, "Indicator", i => $"{i.Indicator}, {i.Period}");
        await Collect(db.Developments, "Development", d => d.Title);
        await Collect(db.People, "Person", p => p.Name);

        var bySource = citations.ToLookup(c => c.SourceId, c => c.Citation);
        return
        [
            .. sources
                .OrderByDescending(s => s.PublishedOn ?? DateOnly.MinValue).ThenBy(s => s.Publisher)
                .Select(s => new SourceWithCitations(s, [.. bySource[s.Id].OrderBy(c => c.Kind).ThenBy(c => c.Label)])),
        ];
    }
}
