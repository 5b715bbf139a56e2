using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Editing;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Published;

/// <summary>
/// The record as published (<c>published=</c>, <c>version=</c>) on the pages, the API and CSV: what a reader who cites a
/// figure sees after it has been corrected, and what one who asks for a time before the record began is told.
/// </summary>
public sealed class PublishedHostTests : IAsyncLifetime
{
    private const string OldTitle = "London round";
    private const string NewTitle = "London round of trade talks (title corrected)";
    private const string TalkPage = "/timeline?kind=Talk&from=2025-06-01&to=2025-06-30";

    private readonly TradeTalksAppFactory _app = new();
    private HttpClient _client = null!;

    /// <summary>The bundled data set's version, before the correction.</summary>
    private long _seeded;

    public async ValueTask InitializeAsync()
    {
        _client = _app.CreateClient();
        _seeded = (await _app.Services.GetRequiredService<TradeTalks.Published.PublishedVersions>().LatestAsync())!.Number;
        // The correction comes the next day, so that a day's end (published=2026-11-29) falls between the two versions.
        _app.Time.Advance(TimeSpan.FromDays(1));
        var editor = _app.Services.GetRequiredService<RecordEditor>();
        var original = (await editor.FindAsync("talks", "london-2025-06"))!;
        var corrected = original.DeepClone().AsObject();
        corrected["title"] = NewTitle;
        await editor.SaveAsync("talks", original, corrected, "ed@example.org");
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task TheApiAnswersAsPublishedAtAVersionOrAnInstantAndItsEtagNamesThatVersion()
    {
        var atVersion = await _client.GetAsync($"/api/v1/talks/london-2025-06?version={_seeded}");
        var beforeTheEdit = await _client.GetStringAsync("/api/v1/talks/london-2025-06?published=2026-11-29T15:30:00Z");
        var now = await _client.GetAsync("/api/v1/talks/london-2025-06");

        Assert.Equal(OldTitle, JsonNode.Parse(await atVersion.Content.ReadAsStringAsync())!["title"]!.GetValue<string>());
        Assert.Equal(OldTitle, JsonNode.Parse(beforeTheEdit)!["title"]!.GetValue<string>());
        Assert.Equal(NewTitle, JsonNode.Parse(await now.Content.ReadAsStringAsync())!["title"]!.GetValue<string>());
        Assert.StartsWith($"W/\"{_seeded}-", atVersion.Headers.ETag!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith($"W/\"{_seeded + 1}-", now.Headers.ETag!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACsvAsPublishedHoldsTheTitleAsItWasAndOneForNowTheCorrection()
    {
        var then = await _client.GetStringAsync($"/api/v1/timeline?format=csv&kind=Talk&version={_seeded}");
        var now = await _client.GetStringAsync("/api/v1/timeline?format=csv&kind=Talk");

        Assert.Contains($",{OldTitle},", then, StringComparison.Ordinal);
        Assert.DoesNotContain(NewTitle, then, StringComparison.Ordinal);
        Assert.Contains(NewTitle, now, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageAsPublishedShowsTheRecordAsItWasUnderABannerCountingTheLaterCorrections()
    {
        var then = await _client.GetStringAsync($"{TalkPage}&published=2026-11-29");
        var atVersion = await _client.GetStringAsync($"{TalkPage}&version={_seeded}");
        var now = await _client.GetStringAsync(TalkPage);

        Assert.Contains($"{OldTitle}<", then, StringComparison.Ordinal);
        Assert.DoesNotContain(NewTitle, then, StringComparison.Ordinal);
        Assert.Contains("As published on 29 Nov 2026", then, StringComparison.Ordinal);
        Assert.Contains("1 later correction is not shown.", then, StringComparison.Ordinal);
        Assert.Contains("href=\"/changes?from=2026-11-30&amp;to=2026-11-30\"", then, StringComparison.Ordinal);
        Assert.Contains($"As published at data version {_seeded}", atVersion, StringComparison.Ordinal);
        Assert.Contains(NewTitle, now, StringComparison.Ordinal);
        Assert.DoesNotContain("published-banner", now, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APermalinkReadAgainAfterAnotherCorrectionCountsThatCorrectionToo()
    {
        var first = await _client.GetStringAsync($"{TalkPage}&version={_seeded}");
        var editor = _app.Services.GetRequiredService<RecordEditor>();
        var original = (await editor.FindAsync("talks", "london-2025-06"))!;
        var corrected = original.DeepClone().AsObject();
        corrected["place"] = "Lancaster House, Westminster, London";
        await editor.SaveAsync("talks", original, corrected, "ed@example.org");

        var again = await _client.GetStringAsync($"{TalkPage}&version={_seeded}");

        Assert.Contains("1 later correction is not shown.", first, StringComparison.Ordinal);
        Assert.Contains("2 later corrections are not shown.", again, StringComparison.Ordinal);
        Assert.Contains($"{OldTitle}<", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFreshnessLineShowsTheDataVersionOfTheRecordShown()
    {
        // The number ends where the line's next part (a link to what changed) begins.
        Assert.Contains($"data version {_seeded}\n", await _client.GetStringAsync($"/?version={_seeded}"), StringComparison.Ordinal);
        Assert.Contains($"data version {_seeded + 1}\n", await _client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedBeforeTheRecordBeganIsA400ThatSaysWhenItBeganAndThePageShowsNoFigures()
    {
        var api = await _client.GetAsync("/api/v1/talks?published=2025-01-01");
        var page = await _client.GetAsync($"{TalkPage}&published=2025-01-01");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var problem = JsonNode.Parse(await api.Content.ReadAsStringAsync())!;
        Assert.Equal("published", problem["parameter"]!.GetValue<string>());
        Assert.Contains("Nothing had been published by then: the record begins with version 1, published on 29 Nov 2026", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Nothing had been published by then", html, StringComparison.Ordinal);
        Assert.DoesNotContain(OldTitle, html, StringComparison.Ordinal);
        Assert.DoesNotContain(NewTitle, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("version=abc", "version")]
    [InlineData("version=0", "version")]
    [InlineData("published=yesterday", "published")]
    [InlineData("published=2026-11-29T15:30:00", "published")]
    [InlineData("published=2099-01-01", "published")]
    [InlineData("published=9999-12-31", "published")]
    [InlineData("published=2026-11-29&version=1", "version")]
    public async Task APublishedOrVersionThatCannotBeReadIsA400NamingItOnTheApiAndAMessageOnThePage(string query, string parameter)
    {
        var api = await _client.GetAsync($"/api/v1/talks?{query}");
        var page = await _client.GetAsync($"/tariffs?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal(parameter, JsonNode.Parse(await api.Content.ReadAsStringAsync())!["parameter"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Give ", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVersionNotYetPublishedIsA400NamingTheLatest()
    {
        var api = await _client.GetAsync($"/api/v1/talks?version={_seeded + 5}");

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains($"the latest is version {_seeded + 1}", JsonNode.Parse(await api.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CiteThisGivesAPermalinkPinningAsOfAndVersionAndCitationsZoteroCanRead()
    {
        var page = await _client.GetStringAsync("/tariffs");
        var permalink = $"/tariffs?asOf=2026-11-30&version={_seeded + 1}";
        var csl = await _client.GetAsync($"/cite?format=csl-json&page={Uri.EscapeDataString(permalink)}");
        var bibtex = await _client.GetAsync($"/cite?format=bibtex&page={Uri.EscapeDataString(permalink)}");

        Assert.Contains($"value=\"http://localhost{permalink.Replace("&", "&amp;", StringComparison.Ordinal)}\"", page, StringComparison.Ordinal);
        Assert.Contains($"data version {_seeded + 1}", page, StringComparison.Ordinal);
        Assert.Equal("application/vnd.citationstyles.csl+json", csl.Content.Headers.ContentType!.MediaType);
        var item = JsonNode.Parse(await csl.Content.ReadAsStringAsync())!.AsArray().Single()!;
        Assert.Equal("webpage", item["type"]!.GetValue<string>());
        Assert.Equal($"{_seeded + 1}", item["version"]!.GetValue<string>());
        Assert.Equal($"http://localhost{permalink}", item["URL"]!.GetValue<string>());
        Assert.Equal(2026, item["accessed"]!["date-parts"]![0]![0]!.GetValue<int>());
        var bib = await bibtex.Content.ReadAsStringAsync();
        Assert.StartsWith($"@online{{tradetalks-tariffs-20261130-v{_seeded + 1},", bib, StringComparison.Ordinal);
        Assert.Contains($"url = {{http://localhost{permalink}}}", bib, StringComparison.Ordinal);
        Assert.Contains("urldate = {2026-11-30}", bib, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/cite?format=bibtex&page=https://elsewhere.example/")).StatusCode);
    }
}
