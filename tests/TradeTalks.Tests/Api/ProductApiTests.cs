using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CsvHelper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Editing;
using TradeTalks.Products;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Api;

namespace TradeTalks.Tests.Api;

/// <summary>The host with the bundled product data read, shared by the product API tests that only read.</summary>
public sealed class ProductApiHost : TradeTalksAppFactory
{
    public ProductApiHost() => LoadProducts = true;

    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await ProductsReadAsync();

        return client;
    }
}

/// <summary>
/// The product API and its CSV (issue 26) over the seeded store and the bundled product data. The figures are those of
/// ProductStackingTests, which says where each comes from: the API must give the same, and the CSV the API's.
/// </summary>
public sealed class ProductApiTests(ProductApiHost app) : IClassFixture<ProductApiHost>
{
    private static readonly CancellationToken Cancel = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task ATShirtOn12April2025PaysTheGeneralRateList4AFentanylAndReciprocalDutiesTotalling169()
    {
        var stack = await GetJsonAsync("/api/v1/products/6109.10.00.12?asOf=2025-04-12");

        Assert.Equal("6109100012", stack["line"]!["hts10"]!.GetValue<string>());
        Assert.Equal("6109.10.00.12", stack["line"]!["code"]!.GetValue<string>());
        Assert.Equal(169m, stack["total"]!["onFullValue"]!.GetValue<decimal>());
        var charged = stack["layers"]!.AsArray().Where(l => l!["charged"]!.GetValue<bool>())
            .ToDictionary(l => l!["id"]!.GetValue<string>(), l => (Rate: l!["rate"]!.GetValue<decimal>(), Heading: l["heading"]!.GetValue<string>()));
        Assert.Equal(4, charged.Count);
        Assert.Equal(16.5m, charged["general-rate"].Rate);
        Assert.Equal((7.5m, "9903.88.15"), charged["301-list-4a"]);
        Assert.Equal(20m, charged["ieepa-fentanyl"].Rate);
        Assert.Equal(125m, charged["ieepa-reciprocal"].Rate);
        Assert.All(charged.Where(c => c.Key != "general-rate"), c => Assert.StartsWith("9903.", c.Value.Heading, StringComparison.Ordinal));
        var reciprocal = stack["layers"]!.AsArray().Single(l => l!["id"]!.GetValue<string>() == "ieepa-reciprocal")!;
        Assert.Equal("us-reciprocal-2025-04-10", reciprocal["setBy"]!["key"]!.GetValue<string>());
        Assert.Equal("/api/v1/tariffs/layers/us-reciprocal?asOf=2025-04-12", reciprocal["setBy"]!["api"]!.GetValue<string>());
        Assert.NotEmpty(reciprocal["sources"]!.AsArray());
        Assert.Equal("/products/6109100012?asOf=2025-04-12", stack["page"]!.GetValue<string>());
        Assert.Null(stack["notOnRecord"]);
    }

    [Theory]
    [InlineData("6109100012", "2025-04-12")]
    [InlineData("8302413000", "2026-03-16")]
    [InlineData("8703800020", "2026-03-16")]
    public async Task TheLayersAsCsvGiveEveryFigureTheJsonGives(string hts10, string asOf)
    {
        var json = await GetJsonAsync($"/api/v1/products/{hts10}?asOf={asOf}");
        var csv = Read<CsvFiles.ProductLayerRow>(await GetTextAsync($"/api/v1/products/{hts10}?asOf={asOf}&format=csv"));

        var layers = json["layers"]!.AsArray();
        Assert.Equal(layers.Count, csv.Count);
        Assert.Equal(
            layers.Select(l => (l!["id"]!.GetValue<string>(), l["rate"]?.GetValue<decimal>(), l["charged"]!.GetValue<bool>(), l["chargedOn"]!.GetValue<string>(),
                l["heading"]!.GetValue<string>(), l["setBy"]?["key"]?.GetValue<string>(), l["from"]!.GetValue<string>())),
            csv.Select(r => (r.Layer!, r.Rate, r.Charged!.Value, r.ChargedOn!, r.Heading ?? "", r.SetBy is "" ? null : r.SetBy, r.From!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        var total = json["total"]!;
        Assert.All(csv, r => Assert.Equal(
            (total["onFullValue"]!.GetValue<decimal>(), total["onMetalContent"]!.GetValue<decimal>(), total["onRestOfValue"]!.GetValue<decimal>()),
            (r.TotalOnFullValue, r.TotalOnMetalContent, r.TotalOnRestOfValue)));
    }

    [Fact]
    public async Task ASteelDerivativeInMarch2026PaysSection232OnItsSteelAndSection122OnTheRest()
    {
        var stack = await GetJsonAsync("/api/v1/products/8302413000?asOf=2026-03-16");

        var total = stack["total"]!;
        Assert.Equal((28.9m, 50m, 10m), (total["onFullValue"]!.GetValue<decimal>(), total["onMetalContent"]!.GetValue<decimal>(), total["onRestOfValue"]!.GetValue<decimal>()));
        var steel = stack["layers"]!.AsArray().Single(l => l!["id"]!.GetValue<string>() == "232-steel-derivative")!;
        Assert.Equal("MetalContent", steel["chargedOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheDailySeriesStepsWhereTheReciprocalDutyRoseAndWhereTheIeepaDutiesEndedAndTheCsvSaysTheSame()
    {
        const string path = "/api/v1/products/6109100012/daily?from=2025-04-01&to=2026-03-01&asOf=2026-03-01";
        var json = await GetJsonAsync(path);
        var csv = (await GetTextAsync($"{path}&format=csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(',')).ToList();

        var days = json["days"]!.AsArray().ToDictionary(d => d!["day"]!.GetValue<string>(), d => d!);
        Assert.Equal(335, days.Count);
        decimal Total(string day) => days[day]["onFullValue"]!.GetValue<decimal>();
        Assert.Equal(169m, Total("2025-04-10"));
        Assert.NotEqual(Total("2025-04-09"), Total("2025-04-10"));
        Assert.NotEqual(Total("2026-02-23"), Total("2026-02-24"));
        Assert.Equal(125m, days["2025-04-10"]["layers"]!["ieepa-reciprocal"]!.GetValue<decimal>());
        Assert.Null(days["2026-02-24"]["layers"]!["ieepa-reciprocal"]);

        var header = csv[0];
        Assert.Equal(["Day", "OnFullValue", "OnMetalContent", "OnRestOfValue"], header[..4]);
        Assert.Equal(json["layers"]!.AsArray().Select(l => l!["id"]!.GetValue<string>()), header[4..]);
        Assert.Equal(days.Count, csv.Count - 1);
        foreach (var row in csv.Skip(1))
        {
            var day = days[row[0]];
            Assert.Equal(day["onFullValue"]!.GetValue<decimal>(), decimal.Parse(row[1], CultureInfo.InvariantCulture));
            for (var column = 4; column < header.Length; column++)
            {
                Assert.Equal(day["layers"]![header[column]]?.GetValue<decimal>(), row[column] == "" ? null : decimal.Parse(row[column], CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public async Task TheStepsNameTheChangesThatMovedThem()
    {
        var steps = (await GetJsonAsync("/api/v1/products/6109100012/steps?from=2025-01-01&to=2026-03-01&asOf=2026-03-01"))["steps"]!.AsArray();

        var april = steps.Single(s => s!["from"]!.GetValue<string>() == "2025-04-10")!;
        Assert.Contains(april["movedBy"]!.AsArray(), c => c!["change"]?["key"]?.GetValue<string>() == "us-reciprocal-2025-04-10");
        Assert.Contains(steps, s => s!["from"]!.GetValue<string>() == "2026-02-24");
        Assert.Empty(steps[0]!["movedBy"]!.AsArray());
    }

    [Theory]
    [InlineData("/api/v1/products/0000000000", 404)]
    [InlineData("/api/v1/products/6109", 404)]
    [InlineData("/api/v1/products/61x9100012", 400)]
    [InlineData("/api/v1/products/610", 400)]
    [InlineData("/api/v1/products/61091000121", 400)]
    [InlineData("/api/v1/products/0000000000/daily", 404)]
    [InlineData("/api/v1/products/banana/steps", 400)]
    public async Task ACodeThatIsNotALineIsAProblemNamingHts10(string path, int status)
    {
        var problem = await ProblemAsync(path, (HttpStatusCode)status);

        Assert.Equal("hts10", problem["parameter"]!.GetValue<string>());
        Assert.Contains("hts10", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%25%25%25", "has no letters or digits to search for")]
    [InlineData("6109.10.00.12.99", "An HTS code has at most 10 digits")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "A search is at most 100 characters; this one has 150.")]
    public async Task ASearchThePageRefusesTheApiRefusesWithTheSameWordsNamingQ(string query, string message)
    {
        var problem = await ProblemAsync($"/api/v1/products?q={query}", HttpStatusCode.BadRequest);

        Assert.Equal("q", problem["parameter"]!.GetValue<string>());
        Assert.Contains(message, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHeadingAskedForAsALineIsPointedToTheSearch()
    {
        var problem = await ProblemAsync("/api/v1/products/6109.10", HttpStatusCode.NotFound);

        Assert.Contains("/api/v1/products?q=610910", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASeriesLongerThanTheLimitIsRefusedNamingFrom()
    {
        var problem = await ProblemAsync(
            "/api/v1/products/6109100012/daily?from=2025-01-01&to=2027-06-01&asOf=2027-06-01", HttpStatusCode.BadRequest);

        Assert.Equal("from", problem["parameter"]!.GetValue<string>());
        Assert.Contains($"at most {ProductService.MaxSeriesDays}", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASeriesWithoutFromEndsOnTheAsOfDayAndGoesBackAsFarAsTheLimitAllows()
    {
        // From February 2027 on, 1 January 2025 is more than 800 days back: the default from follows the last day.
        var json = await GetJsonAsync("/api/v1/products/6109100012/daily?asOf=2027-06-01");

        var days = json["days"]!.AsArray().Select(d => d!["day"]!.GetValue<string>()).ToList();
        Assert.Equal(ProductService.MaxSeriesDays, days.Count);
        Assert.Equal("2027-06-01", days[^1]);
        Assert.Equal("2025-03-24", days[0]);
    }

    [Fact]
    public async Task ASearchIsPagedInCodeOrderAndACodeWithDotsFindsWhatItsDigitsFind()
    {
        var first = await GetJsonAsync("/api/v1/products?q=6109&pageSize=2&asOf=2025-04-12");
        var second = await GetJsonAsync("/api/v1/products?q=6109&pageSize=2&page=2&asOf=2025-04-12");
        var dotted = await GetJsonAsync("/api/v1/products?q=6109.10&pageSize=200");
        var digits = await GetJsonAsync("/api/v1/products?q=610910&pageSize=200");
        var past = await GetJsonAsync("/api/v1/products?q=6109&pageSize=2&page=9999");

        var codes = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(i => i!["hts10"]!.GetValue<string>()).ToList();
        Assert.Equal(4, codes.Distinct().Count());
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.All(codes, c => Assert.StartsWith("6109", c, StringComparison.Ordinal));
        Assert.True(first["totalCount"]!.GetValue<int>() > 4);
        Assert.Equal(first["totalCount"]!.GetValue<int>(), second["totalCount"]!.GetValue<int>());
        Assert.Equal((first["totalCount"]!.GetValue<int>() + 1) / 2, first["pageCount"]!.GetValue<int>());
        Assert.Equal(digits["items"]!.ToJsonString(), dotted["items"]!.ToJsonString());
        Assert.Empty(past["items"]!.AsArray());
        var item = first["items"]![0]!;
        Assert.Equal(item["path"]!.AsArray()[^1]!.GetValue<string>(), item["description"]!.GetValue<string>());
        Assert.Equal($"/api/v1/products/{item["hts10"]}?asOf=2025-04-12", item["api"]!.GetValue<string>());
        Assert.Equal($"/products/{item["hts10"]}?asOf=2025-04-12", item["page"]!.GetValue<string>());
    }

    [Fact]
    public async Task ASearchByWordsFindsTheTShirtAndItsGeneralRateAndTheCsvListsTheSameLines()
    {
        var found = await GetJsonAsync("/api/v1/products?q=cotton%20t-shirts&pageSize=200&asOf=2025-04-12");
        var csv = Read<CsvFiles.ProductRow>(await GetTextAsync("/api/v1/products?q=cotton%20t-shirts&asOf=2025-04-12&format=csv"));

        var tShirt = found["items"]!.AsArray().Single(i => i!["hts10"]!.GetValue<string>() == "6109100012")!;
        Assert.Equal("16.5%", tShirt["generalRate"]!.GetValue<string>());
        Assert.Equal(found["totalCount"]!.GetValue<int>(), csv.Count);
        Assert.Equal(found["items"]!.AsArray().Select(i => i!["hts10"]!.GetValue<string>()), csv.Select(r => r.Hts10).Take(200));
        Assert.Equal("16.5%", csv.Single(r => r.Hts10 == "6109100012").GeneralRate);
    }

    private static List<T> Read<T>(string csv)
    {
        using var reader = CsvReader.FromText(csv, new CsvReaderOptions { FormatProvider = CultureInfo.InvariantCulture });
        return [.. reader.GetRecords<T>()];
    }

    private async Task<JsonNode> GetJsonAsync(string path) => JsonNode.Parse(await GetTextAsync(path))!;

    private async Task<string> GetTextAsync(string path)
    {
        using var client = await app.ReadyClientAsync();
        var response = await client.GetAsync(path, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return body;
    }

    /// <summary>The answer to <paramref name="path"/>, which must be problem JSON with <paramref name="status"/>.</summary>
    private async Task<JsonNode> ProblemAsync(string path, HttpStatusCode status)
    {
        using var client = await app.ReadyClientAsync();
        var response = await client.GetAsync(path, Cancel);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;
    }
}

/// <summary>The product API where the store changes under it, or the product data has not been read: each with a host of its own.</summary>
public sealed class ProductApiStateTests
{
    private static readonly CancellationToken Cancel = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnEditToTheReciprocalDutysChangeShowsInTheNextAnswerAndItsETag()
    {
        await using var app = new ProductApiHost();
        using var client = await app.ReadyClientAsync();
        const string path = "/api/v1/products/6109100012?asOf=2025-04-12";
        var before = await client.GetAsync(path, Cancel);
        var beforeTotal = JsonNode.Parse(await before.Content.ReadAsStringAsync(Cancel))!["total"]!["onFullValue"]!.GetValue<decimal>();

        var editor = app.Services.GetRequiredService<RecordEditor>();
        var original = (await editor.FindAsync("tariffLayers", "us-reciprocal"))!;
        var edited = original.DeepClone().AsObject();
        var change = edited["changes"]!.AsArray().Single(c => c!["key"]!.GetValue<string>() == "us-reciprocal-2025-04-10")!;
        change["rate"] = 120;
        await editor.SaveAsync("tariffLayers", original, edited, "ed@example.org");
        var after = await client.GetAsync(path, Cancel);
        var stack = JsonNode.Parse(await after.Content.ReadAsStringAsync(Cancel))!;

        Assert.Equal(169m, beforeTotal);
        Assert.Equal(164m, stack["total"]!["onFullValue"]!.GetValue<decimal>());
        Assert.Equal(120m, stack["layers"]!.AsArray().Single(l => l!["id"]!.GetValue<string>() == "ieepa-reciprocal")!["rate"]!.GetValue<decimal>());
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task WhileTheProductDataLoadsTheApiAnswers503WithRetryAfterAndNoValidatorButABadCodeIsStillA400()
    {
        // Without LoadProducts the host's product data never comes: it stays loading.
        await using var app = new TradeTalksAppFactory();
        using var client = app.CreateClient();

        foreach (var path in new[] { "/api/v1/products?q=6109", "/api/v1/products/6109100012", "/api/v1/products/6109100012/daily?format=csv", "/api/v1/products/6109100012/steps" })
        {
            var response = await client.GetAsync(path, Cancel);
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromSeconds(ProductApi.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
            Assert.Null(response.Headers.ETag);
            Assert.Contains("Ask again", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/products/banana", Cancel)).StatusCode);
    }
}
