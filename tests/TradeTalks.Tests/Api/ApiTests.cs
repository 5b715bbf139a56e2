using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Editing;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Api;

namespace TradeTalks.Tests.Api;

/// <summary>The read-only API over the real host: figures for an as-of date, records by key, problem details for bad input.</summary>
public sealed class ApiTests : IAsyncLifetime
{
    private readonly TradeTalksAppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData("2025-04-20", 145, 125)]
    [InlineData("2025-06-10", 30, 10)]
    [InlineData("2026-03-01", 10, 10)]
    public async Task TheRatesEachWayAreTheDashboardsFiguresForTheDate(string asOf, decimal usOnChina, decimal chinaOnUs)
    {
        var rates = await GetJsonAsync($"/api/v1/tariffs/rates?asOf={asOf}");

        Assert.Equal(usOnChina, rates["usOnChina"]!["rate"]!.GetValue<decimal>());
        Assert.Equal(chinaOnUs, rates["chinaOnUs"]!["rate"]!.GetValue<decimal>());
        Assert.All(rates["usOnChina"]!["layers"]!.AsArray(), l => Assert.False(string.IsNullOrEmpty(l!["setBy"]!.GetValue<string>())));
    }

    [Fact]
    public async Task TheRatesNameTheScheduledEndTheyRestOnAndTheChangeSaysItIsOnlyScheduled()
    {
        var before = await GetJsonAsync("/api/v1/tariffs/rates?asOf=2026-07-23");
        var after = await GetJsonAsync("/api/v1/tariffs/rates?asOf=2026-07-24");
        var layer = await GetJsonAsync("/api/v1/tariffs/layers/us-section-122?asOf=2026-07-24");

        Assert.Empty(before["usOnChina"]!["scheduledEnds"]!.AsArray());
        var end = Assert.Single(after["usOnChina"]!["scheduledEnds"]!.AsArray());
        Assert.Equal("us-section-122", end!["layer"]!.GetValue<string>());
        Assert.Equal("2026-07-24", end["scheduledOn"]!.GetValue<string>());
        Assert.True(layer["changes"]!.AsArray()[^1]!["scheduledOnly"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AnEditorWhoGivesOnlyASitesAddressMustSaySoAndTheApiThenSaysIt()
    {
        var editor = _app.Services.GetRequiredService<RecordEditor>();
        var source = (await editor.FindAsync("sources", "ap-timeline"))!;
        var homePage = source.DeepClone().AsObject();
        homePage["url"] = "https://www.startribune.com/";

        var refused = await editor.CheckAsync("sources", source, homePage);
        homePage["publisherSiteOnly"] = true;
        await editor.SaveAsync("sources", source, homePage, "ed@example.org");
        var saved = await GetJsonAsync("/api/v1/sources/ap-timeline");
        var scram = await GetJsonAsync("/api/v1/sources/scram-news-2026-06-22");

        Assert.Contains("is a site's home page, not the document", Assert.Single(refused.ByField["url"]), StringComparison.Ordinal);
        Assert.True(saved["publisherSiteOnly"]!.GetValue<bool>());
        Assert.Equal("Original", saved["kind"]!.GetValue<string>());
        Assert.False(scram["publisherSiteOnly"]!.GetValue<bool>());
        Assert.Equal("Aggregator", scram["kind"]!.GetValue<string>());
    }

    public static TheoryData<string> Lists =>
    [
        "talks", "people", "tariffs/layers", "tariffs/changes", "truce/windows", "measures", "commitments", "indicators", "statements", "claims", "sources",
    ];

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task EveryListAnswersForItsAsOfDateAndKnowsLessEarlier(string path)
    {
        var now = await GetJsonAsync($"/api/v1/{path}");
        var earlier = await GetJsonAsync($"/api/v1/{path}?asOf=2025-05-20");

        var items = now["items"]!.AsArray();
        Assert.NotEmpty(items);
        Assert.True(earlier["items"]!.AsArray().Count <= items.Count);
        Assert.Equal("2025-05-21T03:59:59Z", earlier["asOf"]!.GetValue<string>());
        Assert.All(items, item => Assert.Matches("^[a-z0-9-]+$", item!["key"]!.GetValue<string>()));
        if (path is not ("sources"))
        {
            Assert.All(items, item => Assert.NotEmpty(item!["sources"]!.AsArray()));
        }
    }

    [Fact]
    public async Task ATalkNotYetHeldOnTheAsOfDateIsNotListedAndIsNotFoundByKey()
    {
        var june = await GetJsonAsync("/api/v1/talks?asOf=2025-06-10");
        var keys = june["items"]!.AsArray().Select(t => t!["key"]!.GetValue<string>()).ToList();

        Assert.Contains("london-2025-06", keys);
        Assert.DoesNotContain("stockholm-2025-07", keys);
        using var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/talks/stockholm-2025-07?asOf=2025-06-10")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/talks/stockholm-2025-07")).StatusCode);
    }

    [Theory]
    [InlineData("talks")]
    [InlineData("tariffs/changes")]
    [InlineData("measures")]
    [InlineData("claims")]
    public async Task ARecordCitesNoSourcePublishedAfterTheAsOfDateUnlessItHasNoOther(string path)
    {
        var earlier = await GetJsonAsync($"/api/v1/{path}?asOf=2025-11-01");
        var now = await GetJsonAsync($"/api/v1/{path}");

        static List<DateOnly?> Days(JsonNode item) =>
            [.. item["sources"]!.AsArray().Select(s => s!["publishedOn"] is { } d ? DateOnly.Parse(d.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null)];
        foreach (var item in earlier["items"]!.AsArray())
        {
            var days = Days(item!);
            Assert.True(days.All(d => d > new DateOnly(2025, 11, 1)) || days.All(d => !(d > new DateOnly(2025, 11, 1))), item!["key"]!.GetValue<string>());
        }

        var cited = (JsonNode n) => n["items"]!.AsArray().Sum(i => i!["sources"]!.AsArray().Count);
        Assert.True(cited(now) >= cited(earlier));
    }

    [Theory]
    [InlineData("/api/v1/talks/london-2025-06")]
    [InlineData("/api/v1/people/he-lifeng")]
    [InlineData("/api/v1/tariffs/layers/us-reciprocal")]
    [InlineData("/api/v1/sources/article-london-2025-06")]
    public async Task ARecordIsFoundByItsKey(string path)
    {
        var record = await GetJsonAsync(path);

        Assert.Equal(path.Split('/')[^1], record["key"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/v1/talks?asOf=banana", 400, "asOf")]
    [InlineData("/api/v1/talks?asOf=1999-01-01", 400, "asOf")]
    [InlineData("/api/v1/talks?asOf=2099-01-01", 400, "asOf")]
    [InlineData("/api/v1/talks/no-such-talk", 404, "key")]
    [InlineData("/api/v1/measures/no-such-measure", 404, "key")]
    [InlineData("/api/v1/tariffs/series?from=2025-06-01&to=2025-05-01", 400, "from")]
    [InlineData("/api/v1/tariffs/series?from=someday", 400, "from")]
    [InlineData("/api/v1/tariffs/daily?to=2025-06-01&asOf=2025-05-01", 400, "to")]
    [InlineData("/api/v1/tariffs/daily?from=2000-01-01", 400, "from")]
    [InlineData("/api/v1/tariffs/changes?format=xml", 400, "format")]
    [InlineData("/api/v1/measures?side=Mars", 400, "side")]
    [InlineData("/api/v1/measures?kind=1", 400, "kind")]
    [InlineData("/api/v1/timeline?pageSize=201", 400, "pageSize")]
    [InlineData("/api/v1/timeline?page=0", 400, "page")]
    [InlineData("/api/v1/timeline?kind=Gossip", 400, "kind")]
    [InlineData("/api/v1/timeline?kind=", 400, "kind")]
    [InlineData("/api/v1/timeline?kind=%20", 400, "kind")]
    [InlineData("/api/v1/timeline?kind=Talk&kind=", 400, "kind")]
    [InlineData("/api/v1/timeline?person=nobody", 400, "person")]
    [InlineData("/api/v1/timeline?order=sideways", 400, "order")]
    [InlineData("/api/v1/truce/status?at=yesterday", 400, "at")]
    [InlineData("/api/v1/truce/status?at=1990-01-01T00:00:00Z", 400, "at")]
    public async Task BadInputGetsProblemDetailsThatNameTheParameter(string path, int status, string parameter)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(parameter, problem["parameter"]!.GetValue<string>());
        Assert.Equal(status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TheTruceStatusAtAnInstantFollowsTheExtensionsSignedByThen()
    {
        var before = await GetJsonAsync("/api/v1/truce/status?at=2025-08-10T12:00:00Z&asOf=2025-08-10");
        var after = await GetJsonAsync("/api/v1/truce/status?at=2025-08-12T04:00:00Z");

        Assert.Equal("EndingSoon", before["state"]!.GetValue<string>());
        Assert.Equal("2025-08-12T04:01:00Z", before["deadline"]!.GetValue<string>());
        Assert.Equal("2025-11-10T05:01:00Z", after["deadline"]!.GetValue<string>());
        Assert.NotEmpty(after["items"]!.AsArray());
    }

    [Fact]
    public async Task TheSeriesHasThePointAtTheStartAndOnePointPerStep()
    {
        var series = await GetJsonAsync("/api/v1/tariffs/series?from=2025-04-01&to=2025-05-31&asOf=2025-06-10");

        var us = series["usOnChina"]!.AsArray().Select(p => p!["rate"]!.GetValue<decimal>()).ToList();
        Assert.Equal([20m, 30m, 104m, 145m, 30m], us);
    }

    [Fact]
    public async Task TheTimelineIsPagedWithTheFiltersAndAPagePastTheEndIsEmpty()
    {
        var first = await GetJsonAsync("/api/v1/timeline?kind=Talk&pageSize=4&order=oldest");
        var past = await GetJsonAsync("/api/v1/timeline?kind=Talk&pageSize=4&page=99");

        Assert.Equal(4, first["items"]!.AsArray().Count);
        Assert.Equal(12, first["totalCount"]!.GetValue<int>());
        Assert.Equal(3, first["pageCount"]!.GetValue<int>());
        Assert.All(first["items"]!.AsArray(), i => Assert.Equal("Talk", i!["kind"]!.GetValue<string>()));
        Assert.Equal("geneva-2025-05", first["items"]![0]!["key"]!.GetValue<string>());
        Assert.Empty(past["items"]!.AsArray());
        Assert.Equal(99, past["page"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnETagFromAnotherBuildAtTheSameStoreVersionGetsTheAnswerNot304()
    {
        using var client = _app.CreateClient();
        var first = await client.GetAsync("/api/v1/talks?asOf=2025-06-10");
        var etag = first.Headers.ETag!.Tag.ToString();
        Assert.EndsWith($"-{BuildFingerprint.Current}\"", etag, StringComparison.Ordinal);

        // The tag a client kept from the build before a deploy: the same store version, another build.
        var before = etag[..^(BuildFingerprint.Current.Length + 1)] + "00000000\"";
        var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/talks?asOf=2025-06-10");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(before, isWeak: true));

        var answer = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(first.Headers.ETag, answer.Headers.ETag);
    }

    [Fact]
    public void ABuildsFingerprintIsEightHexDigitsThatFollowItsAssemblies()
    {
        var web = typeof(BuildFingerprint).Assembly;
        var core = typeof(TradeTalks.Products.BundledProducts).Assembly;

        Assert.Matches("^[0-9a-f]{8}$", BuildFingerprint.Current);
        Assert.Equal(BuildFingerprint.Current, BuildFingerprint.Of([web, core]));
        Assert.NotEqual(BuildFingerprint.Current, BuildFingerprint.Of([web, typeof(ApiTests).Assembly]));
    }

    [Fact]
    public async Task ARepeatedRequestWithTheETagGets304UntilTheStoreChanges()
    {
        using var client = _app.CreateClient();
        var first = await client.GetAsync("/api/v1/talks?asOf=2025-06-10");
        var etag = first.Headers.ETag!;
        Assert.NotNull(first.Content.Headers.LastModified);

        var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/talks?asOf=2025-06-10");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        var editor = _app.Services.GetRequiredService<RecordEditor>();
        var talk = (await editor.FindAsync("talks", "london-2025-06"))!;
        var edited = talk.DeepClone().AsObject();
        edited["place"] = "A place changed after the first request";
        await editor.SaveAsync("talks", talk, edited, "ed@example.org");

        var afterEdit = new HttpRequestMessage(HttpMethod.Get, "/api/v1/talks?asOf=2025-06-10");
        afterEdit.Headers.IfNoneMatch.Add(etag);
        var changed = await client.SendAsync(afterEdit);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("A place changed after the first request", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiIsOpenToPagesElsewhereForGet()
    {
        using var client = _app.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tariffs/rates");
        request.Headers.Add("Origin", "https://notebook.example");

        var response = await client.SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task TheApiReferenceAndItsDocumentAreServed()
    {
        using var client = _app.CreateClient();

        var reference = await client.GetAsync("/api/");

        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        var html = await reference.Content.ReadAsStringAsync();
        Assert.Contains("TradeTalks API", html, StringComparison.Ordinal);
        Assert.Contains("scalar", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("cdn.jsdelivr", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
    }

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        using var client = _app.CreateClient();
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }
}
