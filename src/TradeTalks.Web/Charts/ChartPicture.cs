using TradeTalks.Time;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Web.Charts;

/// <summary>
/// A chart as a picture to download or share, 1200x675 (16:9, what social cards and newsletters take): the title, the
/// as-of date, the lines with their legend and axes, the source credit and the site's name are all drawn in, so the
/// picture still says what it shows and where it comes from when it is pasted on its own. The lines are those of the
/// chart on the page (<see cref="EscalationSeries"/>, <c>IndicatorLine</c>), placed by the same <see cref="ChartAxes"/>.
/// </summary>
/// <param name="AsOfLine">"Figures as of 10 Jun 2025", under the title.</param>
/// <param name="Credit">"Source: …", at the foot.</param>
/// <param name="Description">The chart in words (the page's caption), for the SVG's screen-reader description.</param>
public sealed record ChartPicture(
    string Title,
    string AsOfLine,
    IReadOnlyList<ChartLine> Lines,
    DateTimeOffset Start,
    DateTimeOffset End,
    Func<double, string> ValueLabel,
    string Credit,
    string Description)
{
    public const int Width = 1200, Height = 675;

    public const string SiteName = "TradeTalks";

    private const double Margin = 48, PlotLeft = 110, PlotRight = Width - Margin, PlotBottom = 555, FootLine = 605, FootBaseline = 643;
    private const string Ink = "#1a1a1a", Muted = "#555555", Grid = "#e3e3e3", Axis = "#9e9e9e";

    /// <summary>The most points a line is drawn with: about one per two pixels of the plot.</summary>
    private const int MaxPoints = 500;

    public string Svg()
    {
        var canvas = new SvgCanvas();
        Draw(canvas);
        return canvas.Document(Width, Height, $"{Title}. {AsOfLine}.", $"{Description} {Credit}. {SiteName}.");
    }

    public byte[] Png()
    {
        using var canvas = new PngCanvas(Width, Height);
        Draw(canvas);
        return canvas.Encode();
    }

    public void Draw(IChartCanvas canvas)
    {
        canvas.Rectangle(0, 0, Width, Height, "#ffffff");
        canvas.Text(Margin, 64, Title, Fit(Title, 32, Width - 2 * Margin, bold: true), Ink, bold: true);
        canvas.Text(Margin, 100, AsOfLine, Fit(AsOfLine, 20, Width - 2 * Margin), Muted);
        var plotTop = DrawLegend(canvas, 142) + 28;
        DrawPlot(canvas, plotTop);

        canvas.Line(Margin, FootLine, Width - Margin, FootLine, Grid, 1);
        var siteWidth = ChartFont.Width(SiteName, 22, bold: true);
        canvas.Text(Width - Margin, FootBaseline, SiteName, 22, Ink, TextAnchor.End, bold: true);
        canvas.Text(Margin, FootBaseline, Credit, Fit(Credit, 17, Width - 2 * Margin - siteWidth - 24), Muted);
    }

    /// <summary>Each line's swatch and name, in rows that wrap; returns the bottom of the last row.</summary>
    private double DrawLegend(IChartCanvas canvas, double baseline)
    {
        const double size = 18, swatch = 22, gap = 32;
        var x = Margin;
        foreach (var line in Lines)
        {
            var width = swatch + 8 + ChartFont.Width(line.Name, size);
            if (x > Margin && x + width > Width - Margin)
            {
                x = Margin;
                baseline += 30;
            }

            canvas.Path([(x, baseline - 6), (x + swatch, baseline - 6)], line.Colour, line.Dashed ? 3 : 5, line.Dashed);
            canvas.Text(x + swatch + 8, baseline, line.Name, size, Ink);
            x += width + gap;
        }

        return baseline;
    }

    private void DrawPlot(IChartCanvas canvas, double top)
    {
        var lines = Lines.Select(l => l with { Points = ChartSeries.Thin(l.Points, Start, End, MaxPoints / 3) }).ToList();
        var ticks = ChartAxes.ValueTicks(lines);
        var highest = ticks[^1];
        double Y(double share) => PlotBottom - share * (PlotBottom - top);
        double X(double share) => PlotLeft + share * (PlotRight - PlotLeft);

        foreach (var tick in ticks)
        {
            var y = Y(tick / highest);
            canvas.Line(PlotLeft, y, PlotRight, y, Grid, 1);
            canvas.Text(PlotLeft - 12, y + 6, ValueLabel(tick), 17, Muted, TextAnchor.End);
        }

        var lastLabelEnd = double.NegativeInfinity;
        foreach (var (at, label) in ChartAxes.TimeTicks(Start, End, Zones.UsEastern))
        {
            var x = X(End <= Start ? 0 : (at - Start) / (End - Start));
            canvas.Line(x, top, x, PlotBottom, Grid, 1);
            var half = ChartFont.Width(label, 17) / 2;
            if (x - half > lastLabelEnd + 8)
            {
                canvas.Text(x, PlotBottom + 30, label, 17, Muted, TextAnchor.Middle);
                lastLabelEnd = x + half;
            }
        }

        canvas.Line(PlotLeft, PlotBottom, PlotRight, PlotBottom, Axis, 1.5);
        foreach (var line in lines)
        {
            var corners = ChartAxes.Corners(line, Start, End, highest).Select(c => (X(c.X), Y(c.Y))).ToList();
            canvas.Path(corners, line.Colour, line.Dashed ? 3 : 4, line.Dashed);
        }
    }

    /// <summary>The font size at which <paramref name="text"/> fits <paramref name="room"/>, at most <paramref name="size"/>.</summary>
    private static double Fit(string text, double size, double room, bool bold = false)
    {
        var width = ChartFont.Width(text, size, bold);
        return width <= room ? size : Math.Floor(size * room / width * 10) / 10;
    }
}
