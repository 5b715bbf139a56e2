using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CsvHelper;
using Ical.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Api;

namespace TradeTalks.Tests.Api;

/// <summary>CSV and iCalendar read back with their own libraries give the API's figures; a spreadsheet never runs a cell.</summary>
public sealed class OpenDataFormatTests : IAsyncLifetime
{
    private readonly TradeTalksAppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TheDailyRatesAsCsvAreTheRatesTheApiGivesForEachDay()
    {
        var csv = await GetTextAsync("/api/v1/tariffs/daily?from=2025-04-01&to=2025-06-30&asOf=2025-07-01&format=csv");
        var json = JsonNode.Parse(await GetTextAsync("/api/v1/tariffs/daily?from=2025-04-01&to=2025-06-30&asOf=2025-07-01"))!;

        var rows = Read<CsvFiles.DailyRateRow>(csv);
        Assert.Equal(91, rows.Count);
        Assert.Equal(json["items"]!.AsArray().Select(d => (d!["day"]!.GetValue<string>(), d["usOnChina"]!.GetValue<decimal>(), d["chinaOnUs"]!.GetValue<decimal>())),
            rows.Select(r => (r.Day.ToString("yyyy-MM-dd"), r.UsOnChina, r.ChinaOnUs)));
        Assert.Equal((145m, 125m), (rows.Single(r => r.Day == new DateOnly(2025, 4, 20)).UsOnChina, rows.Single(r => r.Day == new DateOnly(2025, 4, 20)).ChinaOnUs));
        var rates = JsonNode.Parse(await GetTextAsync("/api/v1/tariffs/rates?asOf=2025-06-10"))!;
        Assert.Equal(rates["usOnChina"]!["rate"]!.GetValue<decimal>(), rows.Single(r => r.Day == new DateOnly(2025, 6, 10)).UsOnChina);
    }

    [Fact]
    public async Task TheTariffChangesAsCsvAreTheApisChanges()
    {
        var csv = Read<CsvFiles.TariffChangeRow>(await GetTextAsync("/api/v1/tariffs/changes?asOf=2025-06-10&format=csv"));
        var json = JsonNode.Parse(await GetTextAsync("/api/v1/tariffs/changes?asOf=2025-06-10"))!["items"]!.AsArray();

        Assert.Equal(json.Select(c => (c!["key"]!.GetValue<string>(), c["rate"]!.GetValue<decimal>(), c["effectiveAt"]!.GetValue<string>())),
            csv.Select(c => (c.Key, c.Rate, c.EffectiveAt.ToString("yyyy-MM-ddTHH:mm:ssZ"))));
        Assert.DoesNotContain(csv, c => c.EffectiveOn > new DateOnly(2025, 6, 10));
        var geneva = csv.Single(c => c.Imposer == "United States" && c.Layer == "\"Reciprocal\" tariff order" && c.EffectiveOn == new DateOnly(2025, 5, 14));
        Assert.Equal((125m, 10m), (geneva.RateBefore, geneva.Rate));
    }

    [Fact]
    public async Task EveryCsvStartsWithAByteOrderMarkAndGivesPlainLabelsSourceTitlesAndTheirAddresses()
    {
        using var client = _app.CreateClient();
        foreach (var path in new[] { "/api/v1/tariffs/changes?format=csv", "/api/v1/timeline?format=csv", "/api/v1/measures?format=csv", "/api/v1/indicators?format=csv" })
        {
            var bytes = await client.GetByteArrayAsync(path);
            Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), path);
        }

        var changes = Read<CsvFiles.TariffChangeRow>(await GetTextAsync("/api/v1/tariffs/changes?format=csv"));
        var measures = Read<CsvFiles.MeasureRow>(await GetTextAsync("/api/v1/measures?format=csv"));
        var talks = Read<CsvFiles.TimelineRow>(await GetTextAsync("/api/v1/timeline?kind=Talk&format=csv"));

        Assert.Equal(["China", "United States"], changes.Select(c => c.Imposer).Distinct().Order());
        Assert.DoesNotContain(measures, m => m.Kind is "ExportControl" or "EntityListing" || m.Standing == "InForce");
        Assert.Contains(measures, m => m.Kind == "Export control");
        Assert.All(talks, t => Assert.Equal("Talk or call", t.Kind));
        var london = talks.Single(t => t.Key == "london-2025-06");
        Assert.Contains("He Lifeng", london.People, StringComparison.Ordinal);
        Assert.DoesNotContain("he-lifeng", london.People, StringComparison.Ordinal);
        Assert.Contains(changes, c => c.SourceAddresses.StartsWith("https://", StringComparison.Ordinal) && !c.Sources.Contains("https://", StringComparison.Ordinal) && c.Sources.Length > 0);
    }

    [Fact]
    public async Task TheTimelineAsCsvHoldsEveryItemTheFiltersSelectNotOnlyOnePage()
    {
        var csv = Read<CsvFiles.TimelineRow>(await GetTextAsync("/api/v1/timeline?kind=Talk&kind=TariffChange&format=csv"));
        var json = JsonNode.Parse(await GetTextAsync("/api/v1/timeline?kind=Talk&kind=TariffChange&pageSize=5"))!;

        Assert.Equal(json["totalCount"]!.GetValue<int>(), csv.Count);
        Assert.All(csv, r => Assert.Contains(r.Kind, new[] { "Talk or call", "Tariff change" }));
    }

    [Fact]
    public async Task TheMeasuresAndIndicatorsDownloadsKeepTheirFilters()
    {
        var china = Read<CsvFiles.MeasureRow>(await GetTextAsync("/api/v1/measures?side=China&format=csv"));
        var indicators = Read<CsvFiles.IndicatorRow>(await GetTextAsync("/api/v1/indicators?asOf=2025-06-10&format=csv"));

        Assert.NotEmpty(china);
        Assert.All(china, m => Assert.Equal("China", m.Side));
        Assert.NotEmpty(indicators);
        Assert.All(indicators, i => Assert.True(i.ReleasedOn is null || i.ReleasedOn <= new DateOnly(2025, 6, 10)));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void ACellThatASpreadsheetWouldRunIsEscaped(string text)
    {
        var csv = Encoding.UTF8.GetString(CsvFiles.Write([new CsvFiles.MeasureRow("k", "China", "Export", text, "c", "InForce", new DateOnly(2025, 1, 1), null, "s", "")]));

        var cells = csv.Split('\n')[1];
        Assert.DoesNotContain("," + text, cells, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"" + text, cells, StringComparison.Ordinal);
        Assert.Equal(text, Read<CsvFiles.MeasureRow>(csv)[0].Title.TrimStart('\''));
    }

    [Fact]
    public async Task TheCalendarHoldsEveryTruceDeadlineWithRemindersAndTheTalks()
    {
        var text = await GetTextAsync("/calendar.ics");
        var windows = JsonNode.Parse(await GetTextAsync("/api/v1/truce/windows"))!["items"]!.AsArray();

        var calendar = Calendar.Load(text)!;
        var deadlines = windows.SelectMany(w => new[] { w!["deadline"]!.GetValue<string>() }
            .Concat(w["extensions"]!.AsArray().Select(e => e!["newDeadline"]!.GetValue<string>()))).ToList();
        var truceEvents = calendar.Events.Where(e => e.Summary!.StartsWith("Truce deadline", StringComparison.Ordinal)).ToList();
        Assert.Equal(deadlines.Order(), truceEvents.Select(e => e.DtStart!.AsUtc.ToString("yyyy-MM-ddTHH:mm:ssZ")).Order());
        Assert.All(truceEvents, e => Assert.Equal(2, e.Alarms.Count));
        Assert.Contains(calendar.Events, e => e.Uid == "talk-beijing-2026-05@tradetalks");
        Assert.Contains(calendar.Events, e => e.Summary!.StartsWith("Suspension ends", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryPageLinksTheChangeFeedInItsHead()
    {
        var html = await GetTextAsync("/tariffs");

        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/v1/tariffs/changes?format=csv\"", html, StringComparison.Ordinal);
    }

    private static List<T> Read<T>(string csv)
    {
        using var reader = CsvReader.FromText(csv, new CsvReaderOptions { FormatProvider = System.Globalization.CultureInfo.InvariantCulture });
        return [.. reader.GetRecords<T>()];
    }

    private async Task<string> GetTextAsync(string path)
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return body;
    }
}
