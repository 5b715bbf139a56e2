using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Editing;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Embeds;

/// <summary>
/// The embeds as another site sees them: framed from anywhere, small, without the dashboard's scripts and styles, with
/// their figures and credit line; and every other page still refusing to be framed.
/// </summary>
public sealed class EmbedHostTests : IAsyncLifetime
{
    private const string Site = "https://tradetalks.example";

    private readonly TradeTalksAppFactory _app = new("Development", ("Dashboard:PublicBaseUrl", Site + "/"));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    public static TheoryData<string> Embeds => ["/embed/rates", "/embed/truce", "/embed/chart", "/embed/rates?asOf=2025-06-10", "/embed/truce?asOf=2025-06-10", "/embed/chart?asOf=2025-06-10"];

    public static TheoryData<string> Pages => ["/", "/tariffs", "/truce", "/indicators", "/api/v1/truce/status", "/charts/escalation.png", "/oembed?url=https://tradetalks.example/truce", "/not-a-page"];

    [Theory]
    [MemberData(nameof(Embeds))]
    public async Task AnyPageMayFrameAnEmbed(string path)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Frame-Options"), $"{path} still says X-Frame-Options");
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors *", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} set a cookie for a reader of another site");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryOtherAnswerStillRefusesToBeFramed(string path)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
        Assert.Contains("frame-ancestors 'none'", string.Join(" ", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Embeds))]
    public async Task AnEmbedIsAtMostThirtyKilobytesAndCarriesNoneOfTheDashboardsScriptsOrStyles(string path)
    {
        using var client = _app.CreateClient();

        var bytes = await client.GetByteArrayAsync(path);
        var html = System.Text.Encoding.UTF8.GetString(bytes);

        // Everything an embed needs is in this one answer: its styles and the countdown's script are written into it.
        Assert.True(bytes.Length <= 30 * 1024, $"{path} is {bytes.Length:N0} bytes");
        Assert.DoesNotContain("<link rel=\"stylesheet\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", html, StringComparison.Ordinal);
        Assert.DoesNotContain("blazor", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("mud-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmbedForADateShowsThatDatesFiguresAndCreditsTheFullPage()
    {
        using var client = _app.CreateClient();

        var rates = await client.GetStringAsync("/embed/rates?asOf=2025-06-10");
        var truce = await client.GetStringAsync("/embed/truce?asOf=2025-06-10");

        Assert.Contains("data-testid=\"rate-us-on-cn\">30%<", rates, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"rate-cn-on-us\">10%<", rates, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Site}/?asOf=2025-06-10\" target=\"_blank\" rel=\"noopener\">TradeTalks</a> · figures as of 10 Jun 2025 ·", rates, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Site}/sources?asOf=2025-06-10\"", rates, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Site}/truce?asOf=2025-06-10\"", truce, StringComparison.Ordinal);
        Assert.Contains("In force", truce, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmbedWithADateThatIsNotOneSaysSoInTheFrame()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/embed/truce?asOf=10%2F06%2F2025");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This TradeTalks embed cannot be shown", html, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task AnEmbedThatFailsSaysSoInASmallAnswerAnySiteMayFrameWhileAPageThatFailsStillRefuses()
    {
        // Outside Development, as in production: errors go to the exception handler rather than the developer page.
        await using var app = new TradeTalksAppFactory("Production", ("Https:Redirect", "false"));
        using var client = app.CreateClient();

        HttpResponseMessage embed, page;
        using (StoreFiles.TakeAway(app.DatabasePath))
        {
            // Dates not read before, so neither the cache nor the remembered figures can answer for them.
            embed = await client.GetAsync("/embed/truce?asOf=2025-03-01");
            page = await client.GetAsync("/truce?asOf=2025-03-01");
        }

        var html = await embed.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, embed.StatusCode);
        Assert.Contains("This TradeTalks embed cannot be shown right now", html, StringComparison.Ordinal);
        Assert.Contains("try again in a minute", html, StringComparison.Ordinal);
        Assert.True(html.Length < 4 * 1024, $"the embed's error answer is {html.Length:N0} characters");
        Assert.DoesNotContain("mud-", html, StringComparison.Ordinal);
        Assert.False(embed.Headers.Contains("X-Frame-Options"), "the embed's error answer says X-Frame-Options");
        Assert.Contains("frame-ancestors *", string.Join(" ", embed.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("not available right now", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("DENY", string.Join(",", page.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task OEmbedAnswersARichFrameForAPageKeepingItsDateAndTheWidthAsked()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/oembed?url=" + Uri.EscapeDataString($"{Site}/truce?asOf=2025-06-10") + "&maxwidth=400&format=json");
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = answer.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1.0", root.GetProperty("version").GetString());
        Assert.Equal("rich", root.GetProperty("type").GetString());
        Assert.Equal("TradeTalks", root.GetProperty("provider_name").GetString());
        Assert.Equal($"{Site}/", root.GetProperty("provider_url").GetString());
        Assert.Equal(400, root.GetProperty("width").GetInt32());
        Assert.True(root.GetProperty("height").GetInt32() > 0);
        var html = root.GetProperty("html").GetString()!;
        Assert.StartsWith($"<iframe src=\"{Site}/embed/truce?asOf=2025-06-10\" width=\"400\"", html, StringComparison.Ordinal);
        Assert.Contains("as of 10 Jun 2025", root.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "/embed/rates")]
    [InlineData("/tariffs", "/embed/chart")]
    [InlineData("/embed/chart", "/embed/chart")]
    public async Task OEmbedFindsTheEmbedThatStandsForEachPage(string page, string embed)
    {
        using var client = _app.CreateClient();

        using var answer = JsonDocument.Parse(await client.GetStringAsync("/oembed?url=" + Uri.EscapeDataString(Site + page)));

        Assert.Contains($"src=\"{Site}{embed}\"", answer.RootElement.GetProperty("html").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "url")]
    [InlineData("url=not%20an%20address", "url")]
    [InlineData("url=https%3A%2F%2Ftradetalks.example%2Ftruce%3FasOf%3Dyesterday", "url")]
    [InlineData("url=https%3A%2F%2Ftradetalks.example%2Ftruce&maxwidth=wide", "maxwidth")]
    [InlineData("url=https%3A%2F%2Ftradetalks.example%2Ftruce&maxheight=-5", "maxheight")]
    public async Task OEmbedRefusesWhatItCannotUseNamingTheParameter(string query, string parameter)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/oembed?" + query);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("https%3A%2F%2Ftradetalks.example%2Ftimeline")]
    [InlineData("https%3A%2F%2Fanother.example%2Ftruce")]
    public async Task OEmbedAnswersNotFoundForAPageThatIsNotEmbeddable(string url)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/oembed?url=" + url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("not a page TradeTalks can embed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OEmbedInXmlIsNotImplementedAsTheSpecificationAsks()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/oembed?url=https%3A%2F%2Ftradetalks.example%2Ftruce&format=xml");

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("format=json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/truce?asOf=2025-06-10", "/truce?asOf=2025-06-10")]
    [InlineData("/", "/")]
    [InlineData("/tariffs", "/tariffs")]
    public async Task ThePagesAnEmbedStandsForLinkOEmbedInTheirHeads(string path, string page)
    {
        using var client = _app.CreateClient();

        var head = Head(await client.GetStringAsync(path));

        var expected = $"{Site}/oembed?url={Uri.EscapeDataString(Site + page)}&amp;format=json";
        Assert.Contains($"<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{expected}\"", head, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", $"{Site}/charts/escalation.png")]
    [InlineData("/timeline?asOf=2025-06-10", $"{Site}/charts/escalation.png?asOf=2025-06-10")]
    [InlineData("/sources?asOf=2025-06-10", $"{Site}/charts/escalation.png?asOf=2025-06-10")]
    public async Task EveryReadingPagesLinkPreviewIsTheChartForItsDateAtThePublicAddress(string path, string image)
    {
        using var client = _app.CreateClient();

        var head = Head(await client.GetStringAsync(path));

        Assert.Contains($"<meta property=\"og:image\" content=\"{image}\"", head, StringComparison.Ordinal);
        Assert.Contains($"<meta name=\"twitter:image\" content=\"{image}\"", head, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary_large_image\"", head, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageNoEmbedStandsForLinksNoOEmbed()
    {
        using var client = _app.CreateClient();

        var head = Head(await client.GetStringAsync("/timeline"));

        Assert.DoesNotContain("application/json+oembed", head, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmbedIsServedFromTheCacheUntilTheStoreChanges()
    {
        using var client = _app.CreateClient();
        await client.GetStringAsync("/embed/rates?asOf=2025-06-10");

        var cached = await client.GetAsync("/embed/rates?asOf=2025-06-10");
        Assert.NotNull(cached.Headers.Age);

        await StoreChanges.EditATalkAsync(_app.Services);

        var fresh = await client.GetAsync("/embed/rates?asOf=2025-06-10");
        Assert.Null(fresh.Headers.Age);
    }

    private static string Head(string html) => html[..html.IndexOf("</head>", StringComparison.Ordinal)];
}

/// <summary>A change to the store as an editor makes it, which drops every cached page, embed and picture.</summary>
internal static class StoreChanges
{
    public static async Task EditATalkAsync(IServiceProvider services)
    {
        var editor = services.GetRequiredService<RecordEditor>();
        var talk = (await editor.FindAsync("talks", "london-2025-06"))!;
        var edited = talk.DeepClone().AsObject();
        edited["place"] = "A place changed while the answer was cached";
        await editor.SaveAsync("talks", talk, edited, "ed@example.org");
    }
}
