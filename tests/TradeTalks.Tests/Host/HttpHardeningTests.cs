using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Api;
using TradeTalks.Web.Extensions;

namespace TradeTalks.Tests.Host;

/// <summary>What the site tells and allows at the HTTP level: origins, cookies, headers, HTTPS and CSV cells.</summary>
public sealed class HttpHardeningTests
{
    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://localhost.evil.example")]
    [InlineData("http://localhost:8080")]
    [InlineData("null")]
    public async Task TheEditorsLiveConnectionRefusesAPageFromAnotherSite(string origin)
    {
        await using var app = new TradeTalksAppFactory("Development");
        using var client = app.CreateClient();

        var foreign = await Negotiate(client, origin);
        var own = await Negotiate(client, "http://localhost");
        var none = await Negotiate(client, null);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Contains("another site", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
    }

    [Fact]
    public async Task OverHttpsTheFormTokenCookieIsSecure()
    {
        await using var app = new TradeTalksAppFactory("Development");
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var page = await client.GetAsync("/account/signin");

        var cookie = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task NoResponseNamesTheServerSoftware()
    {
        await using var app = new KestrelAppFactory();
        using var client = app.NewClient();

        var page = await client.GetAsync("/truce");
        var api = await client.GetAsync("/api/v1/talks");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Empty(page.Headers.Server);
        Assert.Empty(api.Headers.Server);
    }

    [Fact]
    public async Task InProductionTheHostRefusesToStartWhenItCannotKnowWhereToRedirectPlainHttp()
    {
        await using var app = new TradeTalksAppFactory("Production", ("Https:Port", ""));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["Dashboard:PublicBaseUrl"] = "https://localhost/";

        Assert.ThrowsAny<Exception>(() => app.Services);
        var refused = Assert.Throws<InvalidOperationException>(() => builder.AddOperations());
        Assert.Contains("Https:Port", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Https:Redirect", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Https:Port", "443", "https://localhost/truce?asOf=2025-06-10")]
    [InlineData("Https:Port", "8443", "https://localhost:8443/truce?asOf=2025-06-10")]
    [InlineData("urls", "https://127.0.0.1:7443;http://127.0.0.1:7080", "https://localhost:7443/truce?asOf=2025-06-10")]
    public async Task InProductionPlainHttpIsRedirectedToTheHttpsPortTheSettingsGive(string key, string value, string location)
    {
        await using var app = new TradeTalksAppFactory("Production", ("Https:Port", ""), (key, value));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/truce?asOf=2025-06-10");
        var probe = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
    }

    [Theory]
    [InlineData("＝HYPERLINK(\"http://evil.example\")")]
    [InlineData("＋1+1")]
    [InlineData("－2+3")]
    [InlineData("＠SUM(A1)")]
    public void ACellThatStartsWithAFullWidthFormulaSignIsEscaped(string text)
    {
        var measure = new ApiMeasure("k", "China", "ExportControl", text, "c", null, "InForce", new DateOnly(2025, 1, 1), [], []);

        var csv = Encoding.UTF8.GetString(CsvFiles.Write([CsvFiles.MeasureRow.Of(measure)]));

        var cells = csv.Split('\n')[1];
        Assert.DoesNotContain("," + text, cells, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"" + text, cells, StringComparison.Ordinal);
        Assert.Matches(",\"?'" + text[..1], cells);
    }

    private static Task<HttpResponseMessage> Negotiate(HttpClient client, string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return client.SendAsync(request);
    }
}
