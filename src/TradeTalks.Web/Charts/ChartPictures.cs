using TradeTalks.Indicators;
using TradeTalks.Tariffs;
using TradeTalks.Time;
using TradeTalks.Web.Components.Pages.Indicators;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Web.Charts;

/// <summary>The pictures of the dashboard's charts, from the same lines the pages draw.</summary>
public static class ChartPictures
{
    /// <summary>The escalation chart of /tariffs (and, without a range or averages, of the overview).</summary>
    public static ChartPicture Escalation(TariffTimeline timeline, DateOnly? from, DateTimeOffset until, IReadOnlyList<IndicatorRelease> averages, AsOf asOf, string site)
    {
        var series = EscalationSeries.Of(timeline, from, until, averages);
        return new ChartPicture(
            "US–China tariffs: the across-the-board rate each way",
            AsOfLine(asOf),
            series.Lines, series.Start, series.Until,
            v => v.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%",
            $"Source: the notices and reports cited at {Bare(site)}{AsOfLinks.With("/tariffs", asOf)}",
            series.Caption);
    }

    /// <summary>One indicator's releases, as /indicators draws them; null when it has none.</summary>
    public static ChartPicture? Indicator(IndicatorSeries indicator, AsOf asOf, string site)
    {
        var line = IndicatorLine.Of(indicator);
        if (line.Line is null)
        {
            return null;
        }

        // The series is read without its sources (IndicatorService.GetSeriesAsync); the page lists them by release.
        return new ChartPicture(
            indicator.Indicator,
            AsOfLine(asOf),
            [line.Line], line.Start, line.End,
            v => Percent.Number((decimal)v) + indicator.Unit,
            $"Source: the releases and reports cited at {Bare(site)}{AsOfLinks.With("/indicators", asOf)}",
            line.Caption);
    }

    private static string AsOfLine(AsOf asOf) =>
        $"Figures as of {Dates.Day(asOf.Day)}" + (asOf.IsNow ? "" : " (end of day, US Eastern)");

    /// <summary>The site without its scheme: shorter to read in a credit line.</summary>
    private static string Bare(string site) => site.Replace("https://", "", StringComparison.Ordinal).Replace("http://", "", StringComparison.Ordinal);
}
