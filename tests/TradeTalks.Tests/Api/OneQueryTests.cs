using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Api;

/// <summary>
/// One way to read a query: the as-of guard on the API's route group, records found by their key, and the page and the
/// API reading the same filters from the same query string.
/// </summary>
public sealed class OneQueryTests : IAsyncLifetime
{
    private readonly TradeTalksAppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    public static TheoryData<string> RecordPaths => ["talks", "people", "tariffs/layers", "measures", "sources"];

    [Theory]
    [InlineData("banana")]
    [InlineData("1999-01-01")]
    [InlineData("2099-01-01")]
    public async Task AnAsOfDateThatCannotBeUsedGetsTheSameProblemFromEveryEndpoint(string asOf)
    {
        using var client = _app.CreateClient();
        var paths = await ApiPathsAsync(client);

        var problems = new List<string>();
        foreach (var path in paths)
        {
            var response = await client.GetAsync($"{path}?asOf={asOf}");
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode}");
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            problems.Add($"{problem["title"]} | {problem["detail"]} | {problem["parameter"]}");
        }

        Assert.True(paths.Count >= 21, string.Join(", ", paths));
        Assert.Single(problems.Distinct());
        Assert.EndsWith("| asOf", problems[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RecordPaths))]
    public async Task AKeyNotOnRecordIsA404ProblemNamingTheKey(string list)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync($"/api/v1/{list}/no-such-record?asOf=2025-06-10");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("key", problem["parameter"]!.GetValue<string>());
        Assert.Contains("\"no-such-record\" is on record as of 2025-06-10", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RecordPaths))]
    public async Task ARecordFoundByItsKeyIsTheOneItsListGivesForTheSameDate(string list)
    {
        using var client = _app.CreateClient();
        foreach (var asOf in new[] { "2025-05-20", "2025-06-10", "" })
        {
            var items = JsonNode.Parse(await client.GetStringAsync($"/api/v1/{list}?asOf={asOf}"))!["items"]!.AsArray();
            Assert.NotEmpty(items);
            foreach (var item in items.Take(12))
            {
                var key = item!["key"]!.GetValue<string>();
                var found = await client.GetStringAsync($"/api/v1/{list}/{key}?asOf={asOf}");

                Assert.Equal(item.ToJsonString(), JsonNode.Parse(found)!.ToJsonString());
            }
        }
    }

    [Fact]
    public async Task ARecordNotYetOnRecordOnTheAsOfDateIsNotFoundByKey()
    {
        using var client = _app.CreateClient();

        // The London round began on 9 June 2025, and the article on it came out that day.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/talks/london-2025-06?asOf=2025-06-10")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/talks/london-2025-06?asOf=2025-06-01")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/sources/article-london-2025-06?asOf=2025-06-01")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(RecordPaths))]
    public async Task ARecordByKeyIsLookedUpByItsKeyInTheStore(string list)
    {
        using var client = _app.CreateClient();
        var key = JsonNode.Parse(await client.GetStringAsync($"/api/v1/{list}?asOf=2025-06-10"))!["items"]![0]!["key"]!.GetValue<string>();
        using var log = new QueryLog(_app.DatabasePath);

        var response = await client.GetAsync($"/api/v1/{list}/{key}?asOf=2025-06-10");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(log.Commands, command => command.Contains("\"Key\" = @", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("kind=Talk&side=UnitedStates&order=oldest&asOf=2025-06-10")]
    [InlineData("person=jamieson-greer")]
    [InlineData("q=tariff&from=2025-04-01&to=2025-05-31")]
    public async Task TheTimelinePageAndTheApiCountTheSameItemsForTheSameQueryString(string query)
    {
        using var client = _app.CreateClient();

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/timeline?{query}"));
        var api = JsonNode.Parse(await client.GetStringAsync($"/api/v1/timeline?{query}"))!;

        var total = api["totalCount"]!.GetValue<int>();
        Assert.True(total > 0, query);
        Assert.Contains($"{total.ToString("N0", CultureInfo.InvariantCulture)} item{(total == 1 ? "" : "s")}", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/timeline", "side=Mars", "side")]
    [InlineData("/timeline", "kind=Rumour", "kind")]
    [InlineData("/timeline", "from=yesterday", "from")]
    [InlineData("/timeline", "from=2025-06-01&to=2025-05-01", "from")]
    [InlineData("/timeline", "person=no-such-person", "person")]
    [InlineData("/timeline", "order=sideways", "order")]
    [InlineData("/measures", "kind=Embargo", "kind")]
    [InlineData("/measures", "side=Mars", "side")]
    [InlineData("/measures", "asOf=banana", "asOf")]
    public async Task AValueThePageCannotUseIsNamedOnThePageInTheWordsTheApiRefusesItWith(string page, string query, string parameter)
    {
        using var client = _app.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"{page}?{query}"));
        var response = await client.GetAsync($"/api/v1{page}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(parameter, problem["parameter"]!.GetValue<string>());
        var detail = problem["detail"]!.GetValue<string>();
        // The API puts the parameter's name in front when the words do not name it; the words are the page's.
        Assert.Contains(detail.StartsWith($"{parameter}: ", StringComparison.Ordinal) ? detail[(parameter.Length + 2)..] : detail, html, StringComparison.Ordinal);
    }

    /// <summary>Every /api/v1 path the OpenAPI document lists, with a real key in place of {key}.</summary>
    private static async Task<IReadOnlyList<string>> ApiPathsAsync(HttpClient client)
    {
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var paths = new List<string>();
        foreach (var (path, _) in document["paths"]!.AsObject().Where(p => p.Key.StartsWith("/api/v1/", StringComparison.Ordinal)))
        {
            if (path.EndsWith("/{key}", StringComparison.Ordinal))
            {
                var items = JsonNode.Parse(await client.GetStringAsync(path[..^"/{key}".Length]))!["items"]!.AsArray();
                paths.Add(path.Replace("{key}", items[0]!["key"]!.GetValue<string>(), StringComparison.Ordinal));
            }
            else
            {
                paths.Add(path);
            }
        }

        return paths;
    }
}
