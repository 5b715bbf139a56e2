using System.Net;
using System.Xml.Linq;
using SkiaSharp;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Embeds;

/// <summary>The charts' pictures as a newsletter or a link preview gets them: 1200x675, drawn, credited, for their date.</summary>
public sealed class ChartImageTests : IAsyncLifetime
{
    private readonly TradeTalksAppFactory _app = new("Development", ("Dashboard:PublicBaseUrl", "https://tradetalks.example/"));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData("/charts/escalation.png?asOf=2025-06-10")]
    [InlineData("/charts/escalation.png?asOf=2025-06-10&range=geneva")]
    [InlineData("/charts/escalation.png")]
    [InlineData("/charts/indicators/average-us-tariff-on-chinese-goods-all-layers-trade-weighted.png")]
    public async Task APngIsTwelveHundredBySixHundredSeventyFiveAndHasAChartDrawnOnIt(string path)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(path);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(bitmap);
        Assert.Equal((1200, 675), (bitmap.Width, bitmap.Height));
        // Not blank: dark text in the title band, and the lines' colours inside the plot.
        Assert.True(Count(bitmap, 0, 110, c => c.Red < 80 && c.Green < 80 && c.Blue < 80) > 2000, "no title is drawn");
        Assert.True(Count(bitmap, 150, 560, c => Math.Max(c.Red, Math.Max(c.Green, c.Blue)) - Math.Min(c.Red, Math.Min(c.Green, c.Blue)) > 80) > 1000,
            "no coloured line is drawn in the plot");
    }

    [Fact]
    public async Task AnSvgSaysItsTitleDateCreditAndSiteInItsText()
    {
        using var client = _app.CreateClient();

        var svg = XDocument.Parse(await client.GetStringAsync("/charts/escalation.svg?asOf=2025-06-10"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var texts = svg.Descendants(ns + "text").Select(t => t.Value).ToList();

        Assert.Equal("1200", svg.Root!.Attribute("width")!.Value);
        Assert.Equal("675", svg.Root!.Attribute("height")!.Value);
        Assert.Contains("US–China tariffs: the across-the-board rate each way", texts);
        Assert.Contains("Figures as of 10 Jun 2025 (end of day, US Eastern)", texts);
        Assert.Contains("Source: the notices and reports cited at tradetalks.example/tariffs?asOf=2025-06-10", texts);
        Assert.Contains("TradeTalks", texts);
        Assert.Contains("US on Chinese goods: 30%; China on US goods: 10%", svg.Root.Element(ns + "desc")!.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/charts/escalation.png?asOf=someday", HttpStatusCode.BadRequest, "asOf")]
    [InlineData("/charts/escalation.png?range=decade", HttpStatusCode.BadRequest, "range")]
    [InlineData("/charts/escalation.png?range=custom&from=1%20May", HttpStatusCode.BadRequest, "from")]
    [InlineData("/charts/escalation.gif", HttpStatusCode.NotFound, ".svg or .png")]
    [InlineData("/charts/indicators/rainfall.png", HttpStatusCode.NotFound, "has a chart as of this date")]
    public async Task AChartThatCannotBeDrawnIsAProblemSayingWhy(string path, HttpStatusCode status, string words)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(words, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APictureIsCachedAndDroppedWithThePagesWhenTheStoreChanges()
    {
        using var client = _app.CreateClient();
        await client.GetByteArrayAsync("/charts/escalation.png?asOf=2025-06-10");

        var cached = await client.GetAsync("/charts/escalation.png?asOf=2025-06-10");
        Assert.NotNull(cached.Headers.Age);

        await StoreChanges.EditATalkAsync(_app.Services);

        var fresh = await client.GetAsync("/charts/escalation.png?asOf=2025-06-10");
        Assert.Null(fresh.Headers.Age);
    }

    private static int Count(SKBitmap bitmap, int top, int bottom, Func<SKColor, bool> match)
    {
        var count = 0;
        for (var y = top; y < bottom; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (match(bitmap.GetPixel(x, y)))
                {
                    count++;
                }
            }
        }

        return count;
    }
}
