using Microsoft.EntityFrameworkCore;
using TradeTalks.DataSets;
using TradeTalks.Store;
using TradeTalks.Time;

namespace TradeTalks.Sources;

/// <summary>A record that cites a source: what kind it is, how it is named, and the day it is dated, if any.</summary>
/// <summary>
/// A record that cites a source, as data: its kind as the data set names it ("talks", "tariffChanges", ...), its key,
/// its name or title, its day, and what else names it (a statement's speaker, a release's period, a change's rate).
/// </summary>
public sealed record Citation(string Kind, string Key, string Name, DateOnly? Day, string? Detail = null, decimal? Rate = null);

public sealed record SourceWithCitations(Source Source, IReadOnlyList<Citation> CitedBy);

public sealed class SourceService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    /// <summary>
    /// Every source published by a day (undated ones too), newest first, with the records dated by that day that cite
    /// it (undated records, such as people and layers, always count).
    /// </summary>
    public async Task<IReadOnlyList<SourceWithCitations>> GetAllAsync(AsOf asOf, CancellationToken cancellationToken = default) =>
        (await GetPageAsync(asOf, 1, int.MaxValue, cancellationToken)).Items;

    /// <summary>One page of <see cref="GetAllAsync"/>: only the records citing the page's sources are read.</summary>
    public Task<Paged<SourceWithCitations>> GetPageAsync(AsOf asOf, int page, int pageSize, CancellationToken cancellationToken = default) =>
        ReadAsync(asOf, null, page, pageSize, cancellationToken);

    /// <summary>One source by its key, if published by the day (or undated), with what cites it; only its citations are read.</summary>
    public async Task<SourceWithCitations?> FindAsync(string key, AsOf asOf, CancellationToken cancellationToken = default) =>
        (await ReadAsync(asOf, key, 1, 1, cancellationToken)).Items.FirstOrDefault();

    private async Task<Paged<SourceWithCitations>> ReadAsync(AsOf asOf, string? key, int page, int pageSize, CancellationToken cancellationToken)
    {
        var until = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var published = db.Sources.AsNoTracking().Where(s => (s.PublishedOn == null || s.PublishedOn <= until) && (key == null || s.Key == key));
        var total = await published.CountAsync(cancellationToken);
        page = Paged<SourceWithCitations>.Clamp(page, total, pageSize);
        var sources = await published
            .OrderByDescending(s => s.PublishedOn ?? DateOnly.MinValue).ThenBy(s => s.Publisher).ThenBy(s => s.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        var ids = sources.Select(s => s.Id).ToList();
        // Each kind the sources page lists says how its records are named (DataSets.Kinds).
        var citations = new List<(int SourceId, Citation Citation)>();
        foreach (var kind in Kinds.All.Where(k => k.IsCited))
        {
            citations.AddRange(await kind.CitationsAsync(db, ids, cancellationToken));
        }

        var bySource = citations.Where(c => c.Citation.Day is null || c.Citation.Day <= until).ToLookup(c => c.SourceId, c => c.Citation);
        return new Paged<SourceWithCitations>(
            [.. sources.Select(s => new SourceWithCitations(s, [.. bySource[s.Id].OrderBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal)]))],
            total, page, pageSize);
    }
}
