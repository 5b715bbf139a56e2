using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.DataSets;
using TradeTalks.Editing;
using TradeTalks.History;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Changes;

/// <summary>The Atom feed reads like news of the talks, with corrections as entries of their own; the calendar holds every talk and deadline in words.</summary>
public sealed class FeedTests : IAsyncLifetime
{
    private const string Editor = "ed@example.org";

    private const string Site = "https://tradetalks.example";

    private readonly TradeTalksAppFactory _app = new("Development", ("Dashboard:PublicBaseUrl", Site + "/"));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task ANewStoresFeedHoldsTheNewestTwentyDevelopmentsInWordsWithAbsoluteLinksAndTagIds()
    {
        var feed = await GetFeedAsync("/feed.atom");

        Assert.Equal(20, feed.Items.Count());
        Assert.All(feed.Items, entry =>
        {
            Assert.StartsWith("tag:tradetalks.example,2025:", entry.Id, StringComparison.Ordinal);
            Assert.StartsWith(Site + "/", entry.Links.Single().Uri.AbsoluteUri, StringComparison.Ordinal);
            var content = ((TextSyndicationContent)entry.Content).Text;
            Assert.Contains($"<a href=\"{Site}/", content, StringComparison.Ordinal);
            Assert.Contains("On the dashboard", content, StringComparison.Ordinal);
            Assert.NotEqual(default, entry.LastUpdatedTime);
        });
        Assert.Equal(feed.Items.Count(), feed.Items.Select(e => e.Id).Distinct().Count());
        Assert.DoesNotContain(feed.Items, e => e.Title.Text.StartsWith("Correction", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATariffEntrySaysTheRateFromAndToAndLinksItsSourcesByTitle()
    {
        var feed = await GetFeedAsync("/feed.atom?kind=TariffChange");

        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items, e => Assert.Equal("Tariff change", e.Categories.Single().Name));
        var entry = feed.Items.First();
        Assert.Matches(@": (US|China) on (US|China): [\d.]+% → [\d.]+%", entry.Title.Text);
        var content = ((TextSyndicationContent)entry.Content).Text;
        Assert.Matches("Sources?: (<a href=\"https?://[^\"]+\">[^<]+</a>|[^<]+)", content);
    }

    [Fact]
    public async Task NoTitleHoldsARecordKeyAndNoEntryNamesAnEditorEvenAfterEditsARemovalAndARestore()
    {
        await CorrectRemoveAndRestoreAsync();

        var editor = _app.Services.GetRequiredService<RecordEditor>();
        var text = await GetTextAsync("/feed.atom");
        var feed = SyndicationFeed.Load(XmlReader.Create(new StringReader(text)));

        var keys = new List<string>();
        foreach (var kind in DataSetEntries.Kinds)
        {
            foreach (var entry in await editor.ListAsync(kind))
            {
                keys.AddRange(KeysIn(entry));
            }
        }

        Assert.True(keys.Count > 100, $"only {keys.Count} keys");
        var titles = feed.Items.Select(e => e.Title.Text).Append(feed.Title.Text).ToList();
        foreach (var key in keys.Distinct())
        {
            var word = new Regex($"(?<![A-Za-z0-9-]){Regex.Escape(key)}(?![A-Za-z0-9-])");
            Assert.DoesNotContain(titles, title => word.IsMatch(title));
        }

        Assert.DoesNotContain(Editor, text, StringComparison.Ordinal);
        Assert.DoesNotContain("@", string.Concat(feed.Items.Select(e => e.Title.Text + ((TextSyndicationContent)e.Content).Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACorrectionIsAnEntryOfItsOwnAndARestoreIsCalledARestore()
    {
        await CorrectRemoveAndRestoreAsync();

        var feed = await GetFeedAsync("/feed.atom");

        var corrections = feed.Items.Where(e => e.Categories.Any(c => c.Name == "Correction")).Select(e => e.Title.Text).ToList();
        Assert.Equal(3, corrections.Count);
        Assert.Contains(corrections, t => Regex.IsMatch(t, "^Correction: London round: Place: “.+” → “Carlton Gardens, London”$"));
        Assert.Contains(corrections, t => t.StartsWith("Correction: ", StringComparison.Ordinal) && t.EndsWith(": restored after its removal", StringComparison.Ordinal));
        Assert.Contains(corrections, t => t.EndsWith(": removed from the record", StringComparison.Ordinal));
        Assert.Equal(23, feed.Items.Count());
    }

    [Fact]
    public async Task AnEntrysUpdatedTimeIsItsRecordsVersion()
    {
        var seeded = (await GetFeedAsync("/feed.atom?kind=Talk")).Items.Single(e => e.Title.Text == "London round").LastUpdatedTime;
        _app.Time.Advance(TimeSpan.FromHours(3));
        await EditTalkPlaceAsync();

        var feed = await GetFeedAsync("/feed.atom?kind=Talk");

        var london = feed.Items.Single(e => e.Title.Text == "London round");
        Assert.Equal(_app.Time.GetUtcNow(), london.LastUpdatedTime);
        Assert.All(feed.Items.Where(e => e.Title.Text != "London round" && !e.Title.Text.StartsWith("Correction", StringComparison.Ordinal)),
            e => Assert.Equal(seeded, e.LastUpdatedTime));
        Assert.Equal(_app.Time.GetUtcNow(), feed.LastUpdatedTime);
    }

    [Fact]
    public async Task TheFeedFollowsOneSideAndRefusesAKindItDoesNotKnow()
    {
        var china = await GetFeedAsync("/feed.atom?side=China&kind=Measure");
        using var client = _app.CreateClient();
        var bad = await client.GetAsync("/feed.atom?kind=Rumour");

        Assert.NotEmpty(china.Items);
        Assert.All(china.Items, e => Assert.Equal("Measure beyond tariffs", e.Categories.Single().Name));
        Assert.Contains("side=China", china.Links.Single(l => l.RelationshipType == "self").Uri.Query, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("kind", JsonNode.Parse(await bad.Content.ReadAsStringAsync())!["parameter"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheCalendarHoldsEveryTalkPastAndScheduledAndGivesEachDeadlineInUsEasternAndBeijingTime()
    {
        var editor = _app.Services.GetRequiredService<RecordEditor>();
        var talks = (await editor.ListAsync("talks")).Select(t => t["key"]!.GetValue<string>()).ToList();

        var calendar = Calendar.Load(await GetTextAsync("/calendar.ics"))!;

        Assert.Equal(talks.Order(), calendar.Events.Where(e => e.Uid!.StartsWith("talk-", StringComparison.Ordinal)).Select(e => e.Uid!["talk-".Length..^"@tradetalks".Length]).Order());
        var geneva = calendar.Events.Single(e => e.Uid == "talk-geneva-2025-05@tradetalks");
        Assert.Contains("Geneva", geneva.Description, StringComparison.Ordinal);
        Assert.Contains("Outcome:", geneva.Description, StringComparison.Ordinal);
        var deadlines = calendar.Events.Where(e => e.Summary!.StartsWith("Truce deadline", StringComparison.Ordinal) || e.Summary!.StartsWith("Suspension ends", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(deadlines);
        Assert.All(deadlines, e => Assert.Matches(@"^Deadline: \d+ \w+ \d{4}, \d\d:\d\d US Eastern \(\d+ \w+ \d{4}, \d\d:\d\d Beijing\)\. ", e.Description));
        var first = calendar.Events.Single(e => e.Summary == "Truce deadline: Geneva truce");
        Assert.StartsWith("Deadline: 12 Aug 2025, 00:01 US Eastern (12 Aug 2025, 12:01 Beijing)", first.Description, StringComparison.Ordinal);
    }

    private static IEnumerable<string> KeysIn(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject entry:
                if (entry["key"] is JsonValue key && key.TryGetValue<string>(out var text))
                {
                    yield return text;
                }

                foreach (var child in entry.Select(p => p.Value).SelectMany(KeysIn))
                {
                    yield return child;
                }

                break;
            case JsonArray list:
                foreach (var child in list.SelectMany(KeysIn))
                {
                    yield return child;
                }

                break;
        }
    }

    /// <summary>Three corrections: an edit of the London round's place, a claim removed, and the claim restored.</summary>
    private async Task CorrectRemoveAndRestoreAsync()
    {
        await EditTalkPlaceAsync();
        var editor = _app.Services.GetRequiredService<RecordEditor>();
        await editor.DeleteAsync("claims", (await editor.ListAsync("claims"))[0], Editor);
        var removed = (await _app.Services.GetRequiredService<HistoryService>().DeletedAsync("claims"))[0];
        await editor.RestoreAsync(removed.Id, before: true, current: null, Editor);
    }

    private async Task EditTalkPlaceAsync()
    {
        var editor = _app.Services.GetRequiredService<RecordEditor>();
        var original = (await editor.FindAsync("talks", "london-2025-06"))!;
        var edited = original.DeepClone().AsObject();
        edited["place"] = "Carlton Gardens, London";
        await editor.SaveAsync("talks", original, edited, Editor);
    }

    private async Task<SyndicationFeed> GetFeedAsync(string path) => SyndicationFeed.Load(XmlReader.Create(new StringReader(await GetTextAsync(path))));

    private async Task<string> GetTextAsync(string path)
    {
        using var client = _app.CreateClient();
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return body;
    }
}
