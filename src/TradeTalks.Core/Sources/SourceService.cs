using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;
using TradeTalks.Time;

namespace TradeTalks.Sources;

/// <summary>A record that cites a source: what kind it is, how it is named, and the day it is dated, if any.</summary>
public sealed record Citation(string Kind, string Key, string Label, DateOnly? Day);

public sealed record SourceWithCitations(Source Source, IReadOnlyList<Citation> CitedBy);

public sealed class SourceService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    /// <summary>
    /// Every source published by a day (undated ones too), newest first, with the records dated by that day that cite
    /// it (undated records, such as people and layers, always count).
    /// </summary>
    public async Task<IReadOnlyList<SourceWithCitations>> GetAllAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        var until = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var sources = await db.Sources.AsNoTracking().Where(s => s.PublishedOn == null || s.PublishedOn <= until).ToListAsync(cancellationToken);
        var citations = new List<(int SourceId, Citation Citation)>();

        async Task Collect<T>(IQueryable<T> records, string kind, Func<T, string> label, Func<T, DateOnly?> day) where T : class, ISourced
        {
            foreach (var record in await records.AsNoTracking().Include(r => r.Sources).ToListAsync(cancellationToken))
            {
                citations.AddRange(record.Sources.Select(s => (s.Id, new Citation(kind, record.Key, label(record), day(record)))));
            }
        }

        await Collect(db.Talks, "Talk", t => $"{t.Title} ({t.FirstDay:yyyy-MM-dd})", t => t.FirstDay);
        await Collect(db.TariffChanges.Include(c => c.Layer), "Tariff change", c => $"{c.Layer.Name}: {Tariffs.Percent.Format(c.Rate)} from {c.EffectiveOn:yyyy-MM-dd}", c => c.EffectiveOn);
        await Collect(db.TariffLayers, "Tariff layer", l => l.Name, _ => null);
        await Collect(db.TruceWindows, "Truce", w => w.Name, w => w.AnnouncedOn);
        await Collect(db.TruceExtensions, "Truce extension", e => $"{e.Name} ({e.SignedOn:yyyy-MM-dd})", e => e.SignedOn);
        await Collect(db.Statements, "Statement", s => $"{s.Speaker}: “{s.Words}”", s => s.SaidOn);
        await Collect(db.Claims, "Claim", c => c.Summary, c => c.ReportedOn);
        await Collect(db.IndicatorReleases, "Indicator", i => $"{i.Indicator}, {i.Period}", i => i.ReleasedOn ?? i.PeriodStart);
        await Collect(db.Developments, "Development", d => d.Title, d => d.On);
        await Collect(db.People, "Person", p => p.Name, _ => null);

        var bySource = citations.Where(c => c.Citation.Day is null || c.Citation.Day <= until).ToLookup(c => c.SourceId, c => c.Citation);
        return
        [
            .. sources
                .OrderByDescending(s => s.PublishedOn ?? DateOnly.MinValue).ThenBy(s => s.Publisher)
                .Select(s => new SourceWithCitations(s, [.. bySource[s.Id].OrderBy(c => c.Kind).ThenBy(c => c.Label)])),
        ];
    }
}
