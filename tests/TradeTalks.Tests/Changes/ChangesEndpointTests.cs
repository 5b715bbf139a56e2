using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CsvHelper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Editing;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Api;

namespace TradeTalks.Tests.Changes;

/// <summary>/changes, /api/v1/changes and its CSV: what took effect between two dates and the corrections published in them, in words.</summary>
public sealed class ChangesEndpointTests : IAsyncLifetime
{
    private const string Editor = "ed@example.org";

    private readonly TradeTalksAppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TheWeekOfGenevaListsTheTalksHeldTheRatesThatFellAndTheTruceAgreedInWords()
    {
        var json = await GetJsonAsync("/api/v1/changes?from=2025-05-10&to=2025-05-16&asOf=2025-06-10");

        var world = json["inTheWorld"]!.AsArray().Select(c => (Kind: c!["kind"]!.GetValue<string>(), Title: c["title"]!.GetValue<string>(), What: c["what"]!.GetValue<string>())).ToList();
        Assert.Contains(world, c => c.Kind == "Talk" && c.Title == "Geneva round" && c.What.StartsWith("Held in Geneva", StringComparison.Ordinal));
        Assert.Contains(world, c => c.Title == "US tariffs on all goods from China" && c.What.StartsWith("145% → 30%", StringComparison.Ordinal));
        Assert.Contains(world, c => c.Title == "China tariffs on all goods from US" && c.What.StartsWith("125% → 10%", StringComparison.Ordinal));
        Assert.Contains(world, c => c.Kind == "TruceMilestone");
        Assert.Equal("2025-05-10", json["from"]!.GetValue<string>());
        Assert.Empty(json["inTheRecord"]!.AsArray());
    }

    [Fact]
    public async Task ACorrectionIsListedInTheRecordWithItsFieldBeforeAndAfterAndNeverTheEditorsName()
    {
        await EditTalkPlaceAsync("Carlton Gardens, London");

        var json = await GetJsonAsync("/api/v1/changes");
        var page = WebUtility.HtmlDecode(await GetTextAsync("/changes"));

        var correction = Assert.Single(json["inTheRecord"]!.AsArray())!;
        Assert.Equal("London round", correction["title"]!.GetValue<string>());
        Assert.Equal("Corrected", correction["what"]!.GetValue<string>());
        Assert.Equal("2026-11-29", correction["day"]!.GetValue<string>());
        var field = Assert.Single(correction["fields"]!.AsArray())!.GetValue<string>();
        Assert.Matches("^Place: “.+” → “Carlton Gardens, London”$", field);
        Assert.Contains(field, page, StringComparison.Ordinal);
        Assert.Contains("London round", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Editor, page, StringComparison.Ordinal);
        Assert.DoesNotContain(Editor, json.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARemovalAndARestoreAreNamedAsSuch()
    {
        var editor = _app.Services.GetRequiredService<RecordEditor>();
        var claim = (await editor.ListAsync("claims"))[0];
        await editor.DeleteAsync("claims", claim, Editor);
        var removed = (await _app.Services.GetRequiredService<TradeTalks.History.HistoryService>().DeletedAsync("claims"))[0];
        await editor.RestoreAsync(removed.Id, before: true, current: null, Editor);

        var record = (await GetJsonAsync("/api/v1/changes"))["inTheRecord"]!.AsArray().Select(c => c!["what"]!.GetValue<string>()).ToList();

        Assert.Equal(["Restored after its removal", "Removed from the record"], record);
    }

    [Fact]
    public async Task TheKindAndSideFiltersNarrowBothParts()
    {
        await EditTalkPlaceAsync("Carlton Gardens, London");
        const string span = "from=2025-04-01&to=2025-05-31&asOf=2025-06-10";

        var china = (await GetJsonAsync($"/api/v1/changes?{span}&side=China"))["inTheWorld"]!.AsArray();
        var talks = (await GetJsonAsync($"/api/v1/changes?{span}&kind=Talk"))["inTheWorld"]!.AsArray();
        var tariffRecord = (await GetJsonAsync("/api/v1/changes?kind=TariffChange"))["inTheRecord"]!.AsArray();
        var talkRecord = (await GetJsonAsync("/api/v1/changes?kind=Talk"))["inTheRecord"]!.AsArray();

        Assert.NotEmpty(china);
        Assert.All(china, c => Assert.Contains(c!["side"]?.GetValue<string>(), new[] { "China", null }));
        Assert.DoesNotContain(china, c => c!["title"]!.GetValue<string>().StartsWith("US tariffs", StringComparison.Ordinal));
        Assert.NotEmpty(talks);
        Assert.All(talks, c => Assert.Equal("Talk", c!["kind"]!.GetValue<string>()));
        Assert.Empty(tariffRecord);
        Assert.Single(talkRecord);
    }

    [Fact]
    public async Task WithoutDatesTheSpanIsTheLastSevenDaysUpToTheAsOfDate()
    {
        var now = await GetJsonAsync("/api/v1/changes");
        var then = await GetJsonAsync("/api/v1/changes?asOf=2025-06-10");
        var fromOnly = await GetJsonAsync("/api/v1/changes?from=2025-05-01&asOf=2025-06-10");

        Assert.Equal(("2026-11-23", "2026-11-29"), (now["from"]!.GetValue<string>(), now["to"]!.GetValue<string>()));
        Assert.Equal(("2025-06-04", "2025-06-10"), (then["from"]!.GetValue<string>(), then["to"]!.GetValue<string>()));
        Assert.Equal(("2025-05-01", "2025-05-07"), (fromOnly["from"]!.GetValue<string>(), fromOnly["to"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("from=2025-13-01", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2025-06-10&to=2025-06-01", "from")]
    [InlineData("to=2025-07-01&asOf=2025-06-10", "to")]
    [InlineData("from=1900-01-01&to=2025-01-01", "from")]
    [InlineData("kind=Rumour", "kind")]
    [InlineData("side=Mars", "side")]
    public async Task TheApiAnswersABadMissingOrReversedDateWithAProblemNamingIt(string query, string parameter)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync($"/api/v1/changes?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(parameter, problem["parameter"]!.GetValue<string>());
        Assert.Contains(parameter, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageShowsWhatItCouldNotUseAndTheSpanItShowsInstead()
    {
        var reversed = WebUtility.HtmlDecode(await GetTextAsync("/changes?from=2025-05-16&to=2025-05-10&asOf=2025-06-10"));
        var bad = WebUtility.HtmlDecode(await GetTextAsync("/changes?from=someday&asOf=2025-06-10"));

        Assert.Contains("from (2025-05-16) is after to (2025-05-10)", reversed, StringComparison.Ordinal);
        Assert.Contains("10 May 2025 to 16 May 2025", reversed, StringComparison.Ordinal);
        Assert.Contains("Geneva round", reversed, StringComparison.Ordinal);
        Assert.Contains("is not a date; give it as YYYY-MM-DD", bad, StringComparison.Ordinal);
        Assert.Contains("4 Jun 2025 to 10 Jun 2025", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCsvHasAByteOrderMarkAndBothPartsInWords()
    {
        await EditTalkPlaceAsync("Carlton Gardens, London");
        using var client = _app.CreateClient();

        var bytes = await client.GetByteArrayAsync("/api/v1/changes?from=2025-05-10&to=2026-11-29&format=csv");

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        using var reader = CsvReader.FromText(Encoding.UTF8.GetString(bytes[3..]), new CsvReaderOptions { FormatProvider = System.Globalization.CultureInfo.InvariantCulture });
        var rows = reader.GetRecords<CsvFiles.ChangeRow>().ToList();
        Assert.Contains(rows, r => r.Part == CsvFiles.ChangeRow.InTheWorld && r.Kind == "Talk or call" && r.Title == "Geneva round" && string.IsNullOrEmpty(r.Side));
        Assert.Contains(rows, r => r.Part == CsvFiles.ChangeRow.InTheWorld && r.Side == "United States" && r.What.StartsWith("145% → 30%", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Part == CsvFiles.ChangeRow.InTheRecord && r.Title == "London round" && r.What.Contains("→ “Carlton Gardens, London”", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.SourceAddresses.StartsWith("http", StringComparison.Ordinal) && !r.Sources.Contains("http", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheOverviewsFreshnessLineLinksToWhatChangedInTheLastSevenDays()
    {
        var overview = await GetTextAsync("/?asOf=2025-06-10");

        Assert.Contains("href=\"/changes?asOf=2025-06-10\"", overview, StringComparison.Ordinal);
        Assert.Contains("What changed in the last 7 days", overview, StringComparison.Ordinal);
    }

    private async Task EditTalkPlaceAsync(string place)
    {
        var editor = _app.Services.GetRequiredService<RecordEditor>();
        var original = (await editor.FindAsync("talks", "london-2025-06"))!;
        var edited = original.DeepClone().AsObject();
        edited["place"] = place;
        await editor.SaveAsync("talks", original, edited, Editor);
    }

    private async Task<JsonNode> GetJsonAsync(string path) => JsonNode.Parse(await GetTextAsync(path))!;

    private async Task<string> GetTextAsync(string path)
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return body;
    }
}
