using SkiaSharp;

namespace TradeTalks.Web.Charts;

/// <summary>
/// DejaVu Sans, shipped inside the app (Charts/Fonts, its licence beside it): the PNG is drawn without asking the system
/// for fonts (the Skia build used has no fontconfig), and text is measured with the same font the SVG names first, so a
/// picture is laid out the same in both formats.
/// </summary>
public static class ChartFont
{
    private static readonly SKTypeface Regular = Load("DejaVuSans.ttf");
    private static readonly SKTypeface Bold = Load("DejaVuSans-Bold.ttf");

    /// <summary>The font-family the SVG asks for: the same font where the reader has it, then a close one.</summary>
    public const string Family = "'DejaVu Sans', Verdana, 'Segoe UI', sans-serif";

    public static SKFont Font(double size, bool bold) => new(bold ? Bold : Regular, (float)size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    /// <summary>How wide a line of text draws, in pixels.</summary>
    public static double Width(string text, double size, bool bold = false)
    {
        using var font = Font(size, bold);
        return font.MeasureText(text);
    }

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream($"TradeTalks.Web.Charts.Fonts.{file}")
            ?? throw new InvalidOperationException($"The chart font {file} is not inside the app; it is an embedded resource of TradeTalks.Web (Charts/Fonts).");
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"The chart font {file} could not be read by SkiaSharp.");
    }
}
