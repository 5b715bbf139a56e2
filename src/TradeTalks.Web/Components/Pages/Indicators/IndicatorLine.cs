using TradeTalks.Indicators;
using TradeTalks.Time;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Web.Components.Pages.Indicators;

/// <summary>An indicator's releases as one line over their periods, with the caption that says them in words.</summary>
/// <param name="Line">Null when the series has no release.</param>
public sealed record IndicatorLine(ChartLine? Line, DateTimeOffset Start, DateTimeOffset End, string Caption)
{
    /// <summary>How many of the latest releases the caption names; the table lists every one.</summary>
    private const int CaptionReleases = 12;

    /// <summary>What the page's chart and the downloadable picture both draw for <paramref name="series"/>.</summary>
    public static IndicatorLine Of(IndicatorSeries series)
    {
        var caption = $"{series.Indicator}: "
            + (series.Releases.Count > CaptionReleases ? $"{series.Releases.Count} releases; the latest {CaptionReleases}: " : "")
            + string.Join("; ", series.Releases.TakeLast(CaptionReleases).Select(r => $"{r.Period} {Percent.Number(r.Value)}{r.Unit}"));
        var points = series.Releases
            .Select(r => (Release: r, Point: new ChartPoint(Zones.UsEastern.StartOfDay(r.PeriodStart), (double)r.Value)))
            .OrderBy(p => p.Point.At)
            .ToList();
        if (points.Count == 0)
        {
            return new IndicatorLine(null, default, default, caption);
        }

        // Two releases can be one point: a first estimate and a revision that confirmed it share the period's start and
        // the figure. Its hover text names both periods.
        var periods = points.GroupBy(p => p.Point)
            .ToDictionary(g => g.Key, g => string.Join(" and ", g.Select(p => p.Release.Period).Distinct()));
        var start = points[0].Point.At;
        var end = points[^1].Point.At;
        if (end <= start)
        {
            start = start.AddDays(-15);
            end = end.AddDays(15);
        }

        var line = new ChartLine(series.Indicator, "#1565c0", [.. points.Select(p => p.Point).Distinct()],
            p => $"{periods.GetValueOrDefault(p)}: {Percent.Number((decimal)p.Value)}{series.Unit}", Stepped: false);
        return new IndicatorLine(line, start, end, caption);
    }

    /// <summary>The part of an address that names the series: its name in lower case, words joined by hyphens.</summary>
    public static string Slug(string indicator) =>
        string.Join('-', System.Text.RegularExpressions.Regex.Split(indicator.ToLowerInvariant(), "[^a-z0-9]+").Where(w => w.Length > 0));
}
