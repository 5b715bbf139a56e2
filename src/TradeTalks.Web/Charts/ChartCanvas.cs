namespace TradeTalks.Web.Charts;

/// <summary>Where text sits against its x: its start, its middle or its end.</summary>
public enum TextAnchor
{
    Start,
    Middle,
    End,
}

/// <summary>
/// What a chart picture is drawn with: the same calls make the SVG (<see cref="SvgCanvas"/>) and the PNG
/// (<see cref="PngCanvas"/>), so the two downloads show the same thing. Coordinates are pixels of a
/// <see cref="ChartPicture.Width"/> by <see cref="ChartPicture.Height"/> picture, from its top left; colours are #rrggbb.
/// </summary>
public interface IChartCanvas
{
    void Rectangle(double x, double y, double width, double height, string fill);

    void Line(double x1, double y1, double x2, double y2, string stroke, double width);

    /// <summary>An open line through <paramref name="corners"/>.</summary>
    void Path(IReadOnlyList<(double X, double Y)> corners, string stroke, double width, bool dashed);

    /// <summary>One line of text with its baseline at <paramref name="y"/>.</summary>
    void Text(double x, double y, string text, double size, string fill, TextAnchor anchor = TextAnchor.Start, bool bold = false);
}
