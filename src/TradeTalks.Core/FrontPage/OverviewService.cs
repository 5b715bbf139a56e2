using TradeTalks.Indicators;
using TradeTalks.Store;
using TradeTalks.Talks;
using TradeTalks.Tariffs;
using TradeTalks.Time;
using TradeTalks.Truces;

namespace TradeTalks.FrontPage;

/// <summary>The overview's figures: one query per figure family, remembered between writes by <see cref="OverviewMemo"/>.</summary>
/// <param name="memo">None (tests of the queries) reads the store every time.</param>
public sealed class OverviewService(
    TariffService tariffs, TruceService truces, TalkService talks,
    IndicatorService indicators, FreshnessService freshness, OverviewMemo? memo = null)
{
    /// <summary>How many of the latest indicator releases the overview lists.</summary>
    public const int LatestIndicators = 3;

    public Task<OverviewFigures> GetAsync(AsOf asOf, CancellationToken cancellationToken = default) => memo is null
        ? LoadFiguresAsync(asOf, cancellationToken)
        : memo.GetAsync(asOf.Date, asOf.Instant, () => LoadAsync(asOf, CancellationToken.None), cancellationToken);

    /// <summary>The figures, and the instant up to which they hold for now (null for a date: until the next write).</summary>
    public async Task<OverviewMemo.Loaded> LoadAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        var figures = await LoadFiguresAsync(asOf, cancellationToken);
        return new OverviewMemo.Loaded(figures, asOf.IsNow ? NextTurn(asOf, figures.Headline.NextChangeAt) : null);
    }

    private async Task<OverviewFigures> LoadFiguresAsync(AsOf asOf, CancellationToken cancellationToken)
    {
        var headline = await tariffs.GetHeadlineAsync(asOf, cancellationToken);
        var truce = await truces.GetLatestWindowAsync(asOf, cancellationToken);
        var (latestTalk, nextTalk) = await talks.GetLatestAndNextAsync(asOf, cancellationToken);
        var (latest, averageUs, averageChina) = await indicators.GetOverviewAsync(asOf, LatestIndicators, cancellationToken);
        return new OverviewFigures(headline, truce, latestTalk, nextTalk, latest, averageUs, averageChina,
            await freshness.GetAsync(asOf, cancellationToken));
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
