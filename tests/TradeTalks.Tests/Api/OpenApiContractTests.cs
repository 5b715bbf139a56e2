using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Api;

/// <summary>The OpenAPI document is the API's contract: it lists every endpoint, it is a valid document, and real responses fit it.</summary>
public sealed class OpenApiContractTests : IAsyncLifetime
{
    private readonly TradeTalksAppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TheDocumentIsValidAndListsEveryApiAndFeedEndpoint()
    {
        using var client = _app.CreateClient();
        var text = await client.GetStringAsync("/openapi/v1.json");

        var read = Microsoft.OpenApi.OpenApiDocument.Parse(text, "json");
        Assert.Empty(read.Diagnostic!.Errors);
        var routes = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/api/v1/", StringComparison.Ordinal) || r is "/calendar.ics" or "/feed.atom")
            .ToHashSet();
        Assert.True(routes.Count >= 23, string.Join(", ", routes));
        Assert.Equal(routes.Order(), read.Document!.Paths.Keys.Where(p => routes.Contains(p) || p.StartsWith("/api/v1/", StringComparison.Ordinal) || p.EndsWith(".ics", StringComparison.Ordinal) || p.EndsWith(".atom", StringComparison.Ordinal)).Order());
        foreach (var (path, item) in read.Document.Paths.Where(p => routes.Contains(p.Key)))
        {
            var get = item.Operations![HttpMethod.Get];
            Assert.False(string.IsNullOrWhiteSpace(get.Summary), $"{path} has no summary");
            if (path.StartsWith("/api/v1/", StringComparison.Ordinal))
            {
                Assert.Contains(get.Parameters!, p => p.Name == "asOf");
                Assert.Contains("400", get.Responses!.Keys);
            }
        }
    }

    public static TheoryData<string> Examples =>
    [
        "/api/v1/talks?asOf=2025-06-10", "/api/v1/talks/london-2025-06", "/api/v1/people", "/api/v1/people/he-lifeng", "/api/v1/tariffs/layers",
        "/api/v1/tariffs/layers/us-reciprocal", "/api/v1/tariffs/changes", "/api/v1/tariffs/rates?asOf=2025-04-20",
        "/api/v1/tariffs/series?from=2025-04-01&to=2025-06-01&asOf=2025-06-10", "/api/v1/tariffs/daily?from=2025-04-01&to=2025-04-30&asOf=2025-05-01",
        "/api/v1/truce/windows", "/api/v1/truce/status?at=2025-08-12T04:00:00Z", "/api/v1/measures?side=China", "/api/v1/commitments",
        "/api/v1/indicators", "/api/v1/statements", "/api/v1/claims", "/api/v1/sources", "/api/v1/sources/article-london-2025-06",
        "/api/v1/timeline?kind=Talk&pageSize=3", "/api/v1/talks?asOf=banana", "/api/v1/talks/nope",
    ];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task EachResponseFitsTheSchemaTheDocumentGivesForIt(string url)
    {
        using var client = _app.CreateClient();
        await AssertFitsTheDocumentAsync(client, url);
    }

    public static TheoryData<string> ProductExamples =>
    [
        "/api/v1/products?q=6109&pageSize=3&asOf=2025-04-12", "/api/v1/products/6109100012?asOf=2025-04-12", "/api/v1/products/8302413000?asOf=2026-03-16",
        "/api/v1/products/6109100012/daily?from=2025-04-01&to=2025-04-30&asOf=2025-05-01", "/api/v1/products/6109100012/steps?asOf=2026-03-01",
        "/api/v1/products/0000000000", "/api/v1/products/banana",
    ];

    [Theory]
    [MemberData(nameof(ProductExamples))]
    public async Task EachProductResponseFitsTheSchemaTheDocumentGivesForIt(string url)
    {
        await using var app = new ProductApiHost();
        using var client = await app.ReadyClientAsync();
        await AssertFitsTheDocumentAsync(client, url);
    }

    [Fact]
    public async Task TheAnswerWhileTheProductDataLoadsFitsTheDocument()
    {
        using var client = _app.CreateClient();
        await AssertFitsTheDocumentAsync(client, "/api/v1/products/6109100012");
    }

    private static async Task AssertFitsTheDocumentAsync(HttpClient client, string url)
    {
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var response = await client.GetAsync(url);
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var path = Template(document, url.Split('?')[0]);
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var content = document["paths"]![path]!["get"]!["responses"]![status]?["content"]?.AsObject();
        Assert.True(content is not null, $"{url}: the document gives no {status} response for {path}");
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://tradetalks.test/openapi/{Guid.NewGuid():N}",
            ["allOf"] = new JsonArray((content!["application/json"] ?? content["application/problem+json"])!["schema"]!.DeepClone()),
            ["components"] = document["components"]!.DeepClone(),
        };
        var result = JsonSchema.FromText(schema.ToJsonString()).Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, $"{url}: {string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}")).Take(8))}");
    }

    /// <summary>The document's path for an address: /api/v1/talks/london-2025-06 → /api/v1/talks/{key}.</summary>
    private static string Template(JsonNode document, string path)
    {
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        return paths.FirstOrDefault(p => p == path)
            ?? paths.First(p => p.Contains('{', StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(path, "^" + System.Text.RegularExpressions.Regex.Replace(p, "\\{[^}]+\\}", "[^/]+") + "$"));
    }
}
