using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;
using TradeTalks.Time;

namespace TradeTalks.Indicators;

/// <summary>Releases of one indicator, oldest period first.</summary>
public sealed record IndicatorSeries(string Indicator, string Unit, IReadOnlyList<IndicatorRelease> Releases);

public sealed class IndicatorService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    /// <summary>Every release known by a day, grouped into series.</summary>
    public async Task<IReadOnlyList<IndicatorSeries>> GetSeriesAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        // For the charts: figures only, so no sources are read.
        var until = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var releases = await db.IndicatorReleases.AsNoTracking()
            .Where(r => (r.ReleasedOn ?? r.Sources.Where(s => s.PublishedOn != null).Min(s => s.PublishedOn) ?? r.PeriodStart) <= until)
            .ToListAsync(cancellationToken);
        return
        [
            .. releases.GroupBy(r => r.Indicator)
                .Select(g => new IndicatorSeries(g.Key, g.First().Unit, [.. g.OrderBy(r => r.PeriodStart)]))
                .OrderBy(s => s.Indicator),
        ];
    }

    /// <summary>
    /// The latest published average tariff each way known by a day: for each, the release for the latest period on or
    /// before the day. Null when none was published yet.
    /// </summary>
    public async Task<(IndicatorRelease? UsOnChina, IndicatorRelease? ChinaOnUs)> GetAveragesAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        // One query: the two releases are picked in the database, not by reading every release of both series.
        var (_, us, china) = await GetOverviewAsync(asOf, 0, cancellationToken);
        return (us, china);
    }

    /// <summary>
    /// What the overview shows, in one query: the latest <paramref name="count"/> releases out by a day, latest first, and
    /// the latest published average tariff each way (see <see cref="GetAveragesAsync"/>).
    /// </summary>
    public async Task<(IReadOnlyList<IndicatorRelease> Latest, IndicatorRelease? AverageUsOnChina, IndicatorRelease? AverageChinaOnUs)> GetOverviewAsync(
        AsOf asOf, int count, CancellationToken cancellationToken = default)
    {
        var until = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var known = db.IndicatorReleases.Where(r =>
            (r.ReleasedOn ?? r.Sources.Where(s => s.PublishedOn != null).Min(s => s.PublishedOn) ?? r.PeriodStart) <= until);
        var latest = known.Where(r => r.ReleasedOn != null)
            .OrderByDescending(r => r.ReleasedOn).ThenByDescending(r => r.PeriodStart).ThenBy(r => r.Id).Select(r => r.Id).Take(count);
        var averageUs = known.Where(r => r.Series == QuotedSeries.AverageUsOnChina && r.PeriodStart <= until)
            .OrderByDescending(r => r.PeriodStart).ThenBy(r => r.Id).Select(r => r.Id).Take(1);
        var averageChina = known.Where(r => r.Series == QuotedSeries.AverageChinaOnUs && r.PeriodStart <= until)
            .OrderByDescending(r => r.PeriodStart).ThenBy(r => r.Id).Select(r => r.Id).Take(1);
        var releases = await db.IndicatorReleases
            .Where(r => latest.Contains(r.Id) || averageUs.Contains(r.Id) || averageChina.Contains(r.Id))
            .AsNoTracking()
            .IncludeSources()
            .ToListAsync(cancellationToken);
        SourceCut.Apply(asOf, releases);
        return (
            [.. releases.Where(r => r.ReleasedOn is { } on && on <= until).OrderByDescending(r => r.ReleasedOn).ThenByDescending(r => r.PeriodStart).ThenBy(r => r.Id).Take(count)],
            releases.Where(r => r.Series == QuotedSeries.AverageUsOnChina && r.PeriodStart <= until).MaxBy(r => r.PeriodStart),
            releases.Where(r => r.Series == QuotedSeries.AverageChinaOnUs && r.PeriodStart <= until).MaxBy(r => r.PeriodStart));
    }

    /// <summary>
    /// The figures of one quoted series known by a day, oldest period first, for a chart: without their sources; from
    /// <paramref name="from"/> on, when a chart starts there.
    /// </summary>
    public async Task<IReadOnlyList<IndicatorRelease>> GetSeriesReleasesAsync(string series, AsOf asOf, DateOnly? from = null, CancellationToken cancellationToken = default)
    {
        var until = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var releases = db.IndicatorReleases.AsNoTracking().Where(r => r.Series == series);
        if (from is { } first)
        {
            releases = releases.Where(r => r.PeriodStart >= first);
        }

        return await releases
            .Where(r => (r.ReleasedOn ?? r.Sources.Where(s => s.PublishedOn != null).Min(s => s.PublishedOn) ?? r.PeriodStart) <= until)
            .OrderBy(r => r.PeriodStart).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>One page of <see cref="GetReleasesAsync"/>.</summary>
    public async Task<Paged<IndicatorRelease>> GetReleasesPageAsync(AsOf asOf, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var until = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var known = db.IndicatorReleases
            .Where(r => (r.ReleasedOn ?? r.Sources.Where(s => s.PublishedOn != null).Min(s => s.PublishedOn) ?? r.PeriodStart) <= until);
        var total = await known.CountAsync(cancellationToken);
        page = Paged<IndicatorRelease>.Clamp(page, total, pageSize);
        var releases = await known.AsNoTracking()
            .OrderByDescending(r => r.ReleasedOn ?? DateOnly.MinValue).ThenByDescending(r => r.PeriodStart).ThenBy(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .IncludeSources()
            .AsSingleQuery()
            .ToListAsync(cancellationToken);
        SourceCut.Apply(asOf, releases);
        return new Paged<IndicatorRelease>(releases, total, page, pageSize);
    }

    /// <summary>Releases known by a day (see <see cref="KnownFrom"/>), latest release first.</summary>
    public async Task<IReadOnlyList<IndicatorRelease>> GetReleasesAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        var until = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var releases = await db.IndicatorReleases.AsNoTracking().Include(r => r.Sources).ToListAsync(cancellationToken);
        SourceCut.Apply(asOf, releases);
        return
        [
            .. releases
                .Where(r => KnownFrom(r) <= until)
                .OrderByDescending(r => r.ReleasedOn ?? DateOnly.MinValue)
                .ThenByDescending(r => r.PeriodStart),
        ];
    }

    /// <summary>
    /// The day a release became known: its release day; without one, the day its earliest dated source was published;
    /// without that, the start of the period it describes.
    /// </summary>
    public static DateOnly KnownFrom(IndicatorRelease release) =>
        release.ReleasedOn
        ?? release.Sources.Where(s => s.PublishedOn is not null).Min(s => s.PublishedOn)
        ?? release.PeriodStart;
}
