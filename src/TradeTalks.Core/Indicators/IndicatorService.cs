using TradeTalks.Sources;
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
        var releases = await GetReleasesAsync(asOf, cancellationToken);
        return
        [
            .. releases.GroupBy(r => r.Indicator)
                .Select(g => new IndicatorSeries(g.Key, g.First().Unit, [.. g.OrderBy(r => r.PeriodStart)]))
                .OrderBy(s => s.Indicator),
        ];
    }

    /// <summary>
    /// The latest figure of a quoted series known by a day: for the published average tariff, the one for the latest
    /// date on or before it. Null when none was published yet.
    /// </summary>
    public async Task<IndicatorRelease?> GetLatestAsync(string series, AsOf asOf, CancellationToken cancellationToken = default)
    {
        var until = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var releases = await db.IndicatorReleases.AsNoTracking().Include(r => r.Sources)
            .Where(r => r.Series == series && r.PeriodStart <= until).ToListAsync(cancellationToken);
        var latest = releases.Where(r => KnownFrom(r) <= until).MaxBy(r => r.PeriodStart);
        SourceCut.Apply(asOf, latest);
        return latest;
    }

    /// <summary>The latest published average tariff each way known by a day (see <see cref="GetLatestAsync"/>).</summary>
    public async Task<(IndicatorRelease? UsOnChina, IndicatorRelease? ChinaOnUs)> GetAveragesAsync(AsOf asOf, CancellationToken cancellationToken = default) =>
        (await GetLatestAsync(QuotedSeries.AverageUsOnChina, asOf, cancellationToken),
         await GetLatestAsync(QuotedSeries.AverageChinaOnUs, asOf, cancellationToken));

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
