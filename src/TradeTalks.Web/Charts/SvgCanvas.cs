using System.Globalization;
using System.Net;
using System.Text;

namespace TradeTalks.Web.Charts;

/// <summary>Draws a chart picture as a standalone SVG document.</summary>
public sealed class SvgCanvas : IChartCanvas
{
    private readonly StringBuilder _body = new();

    public void Rectangle(double x, double y, double width, double height, string fill) =>
        _body.Append($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"{fill}\"/>");

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width) =>
        _body.Append($"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{stroke}\" stroke-width=\"{N(width)}\"/>");

    public void Path(IReadOnlyList<(double X, double Y)> corners, string stroke, double width, bool dashed)
    {
        if (corners.Count == 0)
        {
            return;
        }

        _body.Append("<path d=\"");
        for (var i = 0; i < corners.Count; i++)
        {
            _body.Append(i == 0 ? "M" : " L").Append(N(corners[i].X)).Append(' ').Append(N(corners[i].Y));
        }

        _body.Append($"\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"{N(width)}\" stroke-linejoin=\"round\"");
        _body.Append(dashed ? $" stroke-dasharray=\"{N(width * 3)} {N(width * 2)}\"/>" : "/>");
    }

    public void Text(double x, double y, string text, double size, string fill, TextAnchor anchor = TextAnchor.Start, bool bold = false)
    {
        _body.Append($"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"{N(size)}\" fill=\"{fill}\"");
        if (anchor != TextAnchor.Start)
        {
            _body.Append(anchor == TextAnchor.Middle ? " text-anchor=\"middle\"" : " text-anchor=\"end\"");
        }

        _body.Append(bold ? " font-weight=\"bold\">" : ">").Append(WebUtility.HtmlEncode(text)).Append("</text>");
    }

    /// <summary>The document: <paramref name="title"/> and <paramref name="description"/> are what a screen reader reads.</summary>
    public string Document(int width, int height, string title, string description) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" " +
        $"font-family=\"{WebUtility.HtmlEncode(ChartFont.Family)}\"><title>{WebUtility.HtmlEncode(title)}</title><desc>{WebUtility.HtmlEncode(description)}</desc>{_body}</svg>";

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
