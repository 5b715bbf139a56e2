using SkiaSharp;

namespace TradeTalks.Web.Charts;

/// <summary>Draws a chart picture with SkiaSharp and encodes it as PNG.</summary>
public sealed class PngCanvas : IChartCanvas, IDisposable
{
    private readonly SKSurface _surface;

    public PngCanvas(int width, int height)
    {
        _surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"SkiaSharp could not make a {width}x{height} picture.");
        _surface.Canvas.Clear(SKColors.White);
    }

    private SKCanvas Canvas => _surface.Canvas;

    public void Rectangle(double x, double y, double width, double height, string fill)
    {
        using var paint = new SKPaint { Color = SKColor.Parse(fill), IsAntialias = true };
        Canvas.DrawRect((float)x, (float)y, (float)width, (float)height, paint);
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width)
    {
        using var paint = Stroke(stroke, width, dashed: false);
        Canvas.DrawLine((float)x1, (float)y1, (float)x2, (float)y2, paint);
    }

    public void Path(IReadOnlyList<(double X, double Y)> corners, string stroke, double width, bool dashed)
    {
        if (corners.Count == 0)
        {
            return;
        }

        using var builder = new SKPathBuilder();
        builder.MoveTo((float)corners[0].X, (float)corners[0].Y);
        foreach (var (x, y) in corners.Skip(1))
        {
            builder.LineTo((float)x, (float)y);
        }

        using var path = builder.Detach();
        using var paint = Stroke(stroke, width, dashed);
        Canvas.DrawPath(path, paint);
    }

    public void Text(double x, double y, string text, double size, string fill, TextAnchor anchor = TextAnchor.Start, bool bold = false)
    {
        using var font = ChartFont.Font(size, bold);
        using var paint = new SKPaint { Color = SKColor.Parse(fill), IsAntialias = true };
        var align = anchor switch { TextAnchor.Middle => SKTextAlign.Center, TextAnchor.End => SKTextAlign.Right, _ => SKTextAlign.Left };
        Canvas.DrawText(text, (float)x, (float)y, align, font, paint);
    }

    /// <summary>The picture as PNG bytes.</summary>
    public byte[] Encode()
    {
        using var image = _surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public void Dispose() => _surface.Dispose();

    private static SKPaint Stroke(string colour, double width, bool dashed) => new()
    {
        Color = SKColor.Parse(colour),
        IsAntialias = true,
        Style = SKPaintStyle.Stroke,
        StrokeWidth = (float)width,
        StrokeJoin = SKStrokeJoin.Round,
        PathEffect = dashed ? SKPathEffect.CreateDash([(float)width * 3, (float)width * 2], 0) : null,
    };
}
