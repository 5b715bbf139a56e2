using TradeTalks.Time;

namespace TradeTalks.Web.Components.Shared;

/// <summary>
/// The scale, ticks and line shapes of a time chart, shared by the chart on the pages (<see cref="StepChart"/>) and the
/// downloadable picture (<c>ChartPicture</c>), so both draw the same figures at the same places.
/// </summary>
public static class ChartAxes
{
    /// <summary>Value ticks from zero to a round top that the largest value fits under, about five of them.</summary>
    public static double[] ValueTicks(IEnumerable<ChartLine> lines)
    {
        var max = lines.SelectMany(l => l.Points).Select(p => p.Value).DefaultIfEmpty(0).Max();
        var step = NiceStep(max <= 0 ? 1 : max / 5);
        var top = Math.Max(step, Math.Ceiling(max / step) * step);
        return [.. Enumerable.Range(0, (int)Math.Round(top / step) + 1).Select(i => i * step)];
    }

    /// <summary>First-of-month ticks, every 1, 3, 6 or 12 months so that about six fit.</summary>
    public static List<(DateTimeOffset At, string Label)> TimeTicks(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone)
    {
        var days = (end - start).TotalDays;
        if (days <= 0)
        {
            return [];
        }

        var months = days / 30.4;
        var every = months <= 7 ? 1 : months <= 21 ? 3 : months <= 42 ? 6 : 12 * (int)Math.Ceiling(months / 72);
        var first = TimeZoneInfo.ConvertTime(start, zone);
        var month = new DateOnly(first.Year, first.Month, 1).AddMonths(1);
        while ((month.Month - 1) % Math.Min(every, 12) != 0)
        {
            month = month.AddMonths(1);
        }

        var ticks = new List<(DateTimeOffset, string)>();
        for (; ; month = month.AddMonths(every))
        {
            var at = zone.StartOfDay(month);
            if (at > end)
            {
                break;
            }

            ticks.Add((at, month.ToString(every >= 12 ? "yyyy" : "MMM yy", System.Globalization.CultureInfo.InvariantCulture)));
        }

        return ticks;
    }

    /// <summary>
    /// The corners of a line between <paramref name="start"/> and <paramref name="end"/>, as shares of the width (0 to 1)
    /// and of the value scale (value over <paramref name="top"/>, 0 to 1, upwards). A stepped line starts at the value in
    /// force at the start, holds each value until the next point and runs on to the end.
    /// </summary>
    public static List<(double X, double Y)> Corners(ChartLine line, DateTimeOffset start, DateTimeOffset end, double top)
    {
        var corners = new List<(double X, double Y)>();
        double? before = null;
        foreach (var point in line.Points)
        {
            if (point.At < start)
            {
                before = point.Value;
                continue;
            }

            if (point.At > end)
            {
                break;
            }

            var x = Share(point.At);
            if (line.Stepped && corners.Count == 0 && before is { } held)
            {
                corners.Add((0, Level(held)));
            }

            if (line.Stepped && corners.Count > 0)
            {
                corners.Add((x, corners[^1].Y));
            }

            corners.Add((x, Level(point.Value)));
            before = point.Value;
        }

        if (corners.Count == 0 && before is { } only)
        {
            corners.Add((0, Level(only)));
        }

        if (corners.Count > 0 && line.Stepped)
        {
            corners.Add((1, corners[^1].Y));
        }

        return corners;

        double Share(DateTimeOffset at) => end <= start ? 0 : Math.Clamp((at - start) / (end - start), 0, 1);
        double Level(double value) => top <= 0 ? 0 : Math.Clamp(value / top, 0, 1);
    }

    private static double NiceStep(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10) * magnitude;
    }
}
