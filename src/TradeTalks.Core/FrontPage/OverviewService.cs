using TradeTalks.Store;
using TradeTalks.Time;

namespace TradeTalks.FrontPage;

/// <summary>The overview's figures: one query per figure family, remembered between writes by <see cref="OverviewMemo"/>.</summary>
/// <remarks><see cref="LoadAsync"/> reads the store every time.</remarks>
public sealed class OverviewService(
    TariffService tariffs, TruceService truces, TalkService talks,
    IndicatorService indicators, FreshnessService freshness, OverviewMemo memo)
{
    /// <summary>How many of the latest indicator releases the overview lists.</summary>
    public const int LatestIndicators = 3;

    public Task<OverviewFigures> GetAsync(AsOf asOf, CancellationToken cancellationToken = default) =>
        (Published.PublishedStore.Current?.Overview ?? memo).GetAsync(asOf.Date, asOf.Instant, () => LoadAsync(asOf, CancellationToken.None), cancellationToken);

    /// <summary>The figures, and the instant up to which they hold for now (null for a date: until the next write).</summary>
    public async Task<OverviewMemo.Loaded> LoadAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        var figures = await LoadFiguresAsync(asOf, cancellationToken);
        return new OverviewMemo.Loaded(figures, asOf.IsNow ? NextTurn(asOf, figures.Headline.NextChangeAt) : null);
    }

    /// <summary>
    /// The five families at once, each on its own context: on a miss (and when the app warms up, while EF Core compiles
    /// each query for the first time) the page waits for the slowest of them rather than for their sum.
    /// </summary>
    private async Task<OverviewFigures> LoadFiguresAsync(AsOf asOf, CancellationToken cancellationToken)
    {
        var headline = Task.Run(() => tariffs.GetHeadlineAsync(asOf, cancellationToken), cancellationToken);
        var truce = Task.Run(() => truces.GetLatestWindowAsync(asOf, cancellationToken), cancellationToken);
        var talk = Task.Run(() => talks.GetLatestAndNextAsync(asOf, cancellationToken), cancellationToken);
        var releases = Task.Run(() => indicators.GetOverviewAsync(asOf, LatestIndicators, cancellationToken), cancellationToken);
        var fresh = Task.Run(() => freshness.GetAsync(asOf, cancellationToken), cancellationToken);
        await Task.WhenAll(headline, truce, talk, releases, fresh);
        var (latestTalk, nextTalk) = await talk;
        var (latest, averageUs, averageChina) = await releases;
        return new OverviewFigures(await headline, await truce, latestTalk, nextTalk, latest, averageUs, averageChina, await fresh);
    }

    /// <summary>
    /// The first instant after <paramref name="asOf"/> at which a figure read for it can differ: the next day in US
    /// Eastern time (everything dated by day: talks, releases, sources, announcements, edits, the truce's window), or
    /// <paramref name="nextChangeAt"/>, when the next recorded tariff change takes effect (the one figure read by
    /// comparing with the instant itself). Whatever else moves with the instant (the truce's state, terms and time left)
    /// is worked out from the window when the figures are shown, not read from the store. A change recorded while the
    /// figures are remembered is a write, which forgets them.
    /// </summary>
    public static DateTimeOffset NextTurn(AsOf asOf, DateTimeOffset? nextChangeAt)
    {
        var nextDay = Zones.UsEastern.StartOfDay(asOf.Day.AddDays(1));
        return nextChangeAt is { } change && change < nextDay ? change : nextDay;
    }
}
