using TradeTalks.Indicators;
using TradeTalks.Tariffs;
using TradeTalks.Time;

namespace TradeTalks.Web.Components.Shared;

/// <summary>The lines of the escalation chart and the caption that says them in words.</summary>
/// <param name="Start">Where the chart begins (<see cref="EscalationSeries.StartOf"/>).</param>
/// <param name="Until">The instant the chart ends at: the as-of instant, or the end of a chosen range.</param>
public sealed record EscalationSeries(IReadOnlyList<ChartLine> Lines, DateTimeOffset Start, DateTimeOffset Until, string Caption)
{
    /// <summary>How many published averages the caption names; the indicators page lists them all.</summary>
    private const int CaptionAverages = 6;

    private const string UsColour = "#d32f2f", ChinaColour = "#1e88e5", PeakColour = "#f9a825", AverageColour = "#6a1b9a";

    /// <summary>
    /// Both sides' headline rates as step lines, the US peak (when <paramref name="showPeak"/>) and the published US
    /// averages over all layers that fall in the range. The page's chart and the downloadable picture both draw these.
    /// </summary>
    public static EscalationSeries Of(TariffTimeline timeline, DateOnly? from, DateTimeOffset until, IReadOnlyList<IndicatorRelease> averages, bool showPeak = true)
    {
        var start = StartOf(timeline, from, until);
        List<ChartLine> lines =
        [
            Line("US on Chinese goods", UsColour, timeline.UsOnChina, start),
            Line("China on US goods", ChinaColour, timeline.ChinaOnUs, start),
        ];
        var peak = timeline.UsOnChina.PeakUntil(until);
        if (showPeak && peak is not null && (peak.Until ?? until) > start)
        {
            var peakStart = peak.From < start ? start : peak.From;
            var peakEnd = peak.Until is { } end && end < until ? end : until;
            var peakName = $"US peak {Percent.Format(peak.Rate)}";
            lines.Add(new ChartLine(peakName, PeakColour,
                [new(peakStart, (double)peak.Rate), new(peakEnd, (double)peak.Rate)],
                p => $"{peakName}, {Dates.EasternDay(p.At)}", Stepped: false, Dashed: true));
        }

        var shown = averages
            .Select(a => (At: Zones.UsEastern.StartOfDay(a.PeriodStart), a.Value))
            .Where(a => a.At >= start && a.At <= until)
            .OrderBy(a => a.At)
            .ToList();
        if (shown.Count > 0)
        {
            // A step line, as the rate cards read it: each published figure holds until the next one is published.
            const string averageName = "US average over all layers, as last published (PIIE)";
            lines.Add(new ChartLine(averageName, AverageColour,
                [.. shown.Select(a => new ChartPoint(a.At, (double)a.Value))],
                p => $"US average over all layers: {Percent.Format((decimal)p.Value)} published for {Dates.EasternDay(p.At)}"));
        }

        var caption = $"Across-the-board tariff each way, {Dates.Day(Zones.UsEastern.DayOf(start))} to {Dates.EasternDay(until)}. " +
                      $"US on Chinese goods: {Percent.Format(timeline.UsOnChina.RateAt(until))}; China on US goods: {Percent.Format(timeline.ChinaOnUs.RateAt(until))}" +
                      (peak is null ? "." : $"; US peak {Percent.Format(peak.Rate)} from {Dates.EasternDay(peak.From)}.") +
                      (shown.Count == 0 ? "" : " Published US averages over all layers" +
                          (shown.Count > CaptionAverages ? $" ({shown.Count} in this range; the latest {CaptionAverages})" : "") + ": " +
                          string.Join(", ", shown.TakeLast(CaptionAverages).Select(a => $"{Percent.Format(a.Value)} on {Dates.EasternDay(a.At)}")) + ".");
        return new EscalationSeries(lines, start, until, caption);
    }

    /// <summary>
    /// Where the chart begins: the range's first day, or a fortnight before the first change on record. A page loads the
    /// averages from that day only.
    /// </summary>
    public static DateTimeOffset StartOf(TariffTimeline timeline, DateOnly? from, DateTimeOffset until)
    {
        var firstChange = timeline.Directions.SelectMany(d => d.Steps).Select(s => s.At).DefaultIfEmpty(until).Min();
        var start = from is { } day ? Zones.UsEastern.StartOfDay(day) : firstChange.AddDays(-14);
        return start >= until ? until.AddDays(-1) : start;
    }

    /// <summary>The rate in force at the start, then one point per step: the new rate from the instant it applies.</summary>
    private static ChartLine Line(string name, string colour, DirectionTimeline direction, DateTimeOffset start) =>
        new(name, colour,
            [new ChartPoint(start, (double)direction.RateAt(start)), .. direction.Steps.Where(s => s.At > start).Select(s => new ChartPoint(s.At, (double)s.To))],
            p => $"{name}: {Percent.Format((decimal)p.Value)} from {Dates.EasternDay(p.At)}");
}
