using TradeTalks.Store;

namespace TradeTalks.FrontPage;

/// <summary>
/// What the overview shows, as the store had it for an as-of. Shared between requests by <see cref="OverviewMemo"/>:
/// nothing that reads it may change it. The truce is kept as its window, not its status, because the status (and the
/// time left) moves with every instant; <see cref="TruceAt"/> works it out for the instant a page is shown for.
/// </summary>
public sealed record OverviewFigures(
    TariffHeadline Headline,
    TruceWindow? Truce,
    Talk? LatestTalk,
    Talk? NextTalk,
    IReadOnlyList<IndicatorRelease> Indicators,
    IndicatorRelease? AverageUsOnChina,
    IndicatorRelease? AverageChinaOnUs,
    Freshness Freshness)
{
    /// <summary>The truce's status at <paramref name="at"/>, or null when none had been announced.</summary>
    public TruceStatus? TruceAt(DateTimeOffset at) => Truce is null ? null : TruceCalculator.StatusAt(Truce, at);
}
