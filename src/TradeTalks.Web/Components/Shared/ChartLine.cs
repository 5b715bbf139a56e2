namespace TradeTalks.Web.Components.Shared;

/// <summary>A value from an instant on: for a stepped line it holds until the next point.</summary>
public readonly record struct ChartPoint(DateTimeOffset At, double Value);

/// <summary>One line of a <see cref="StepChart"/>.</summary>
/// <param name="Describe">The hover text of a point (an SVG title), e.g. "US on Chinese goods: 145% from 10 Apr 2025".</param>
public sealed record ChartLine(
    string Name,
    string Colour,
    IReadOnlyList<ChartPoint> Points,
    Func<ChartPoint, string> Describe,
    bool Stepped = true,
    bool Dashed = false);

/// <summary>Keeps a chart's series no longer than it can draw.</summary>
public static class ChartSeries
{
    /// <summary>
    /// At most three points per horizontal slot (the lowest, the highest and the last, in time order), so a series of any
    /// length draws the same picture: peaks and troughs stay, steps closer together than a slot merge. A series that
    /// already fits comes back as it is.
    /// </summary>
    public static IReadOnlyList<ChartPoint> Thin(IReadOnlyList<ChartPoint> points, DateTimeOffset start, DateTimeOffset end, int slots)
    {
        if (points.Count <= slots || end <= start)
        {
            return points;
        }

        var span = (end - start).Ticks;
        var thinned = new List<ChartPoint>(slots * 3);
        var i = 0;
        while (i < points.Count)
        {
            var slot = Slot(points[i].At);
            int low = i, high = i, last = i;
            for (i++; i < points.Count && Slot(points[i].At) == slot; i++)
            {
                if (points[i].Value < points[low].Value) low = i;
                if (points[i].Value > points[high].Value) high = i;
                last = i;
            }

            foreach (var keep in new[] { low, high, last }.Distinct().Order())
            {
                thinned.Add(points[keep]);
            }
        }

        return thinned;

        long Slot(DateTimeOffset at) => Math.Clamp((at - start).Ticks * slots / span, 0, slots - 1);
    }
}
