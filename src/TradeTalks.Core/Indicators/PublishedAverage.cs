using TradeTalks.Time;

namespace TradeTalks.Indicators;

/// <summary>
/// A published average over all layers as the headline shows it on a date. Once any of the side's layers changed after
/// the day the figure describes, it no longer describes the tariffs in force: it is a past figure, shown with the day
/// it was published and never as large as the current rate.
/// </summary>
/// <param name="PublishedOn">The day it was published, where the record gives one (its release day, else its earliest dated source).</param>
/// <param name="LayersChangedAt">When the latest change to the side's layers after the figure's day took effect; null while none has.</param>
public sealed record PublishedAverage(IndicatorRelease Release, DateOnly? PublishedOn, DateTimeOffset? LayersChangedAt)
{
    public bool IsPast => LayersChangedAt is not null;

    /// <summary>The average <paramref name="release"/> as shown beside the rates of <paramref name="headline"/>; null without one.</summary>
    public static PublishedAverage? Of(IndicatorRelease? release, TariffHeadline headline, Side imposer)
    {
        if (release is null)
        {
            return null;
        }

        var changed = headline.LatestChangeAt(imposer) is { } latest && latest > Zones.UsEastern.EndOfDay(release.PeriodStart) ? latest : (DateTimeOffset?)null;
        var published = release.ReleasedOn ?? release.Sources.Where(s => s.PublishedOn is not null).Min(s => s.PublishedOn);
        return new PublishedAverage(release, published, changed);
    }
}
