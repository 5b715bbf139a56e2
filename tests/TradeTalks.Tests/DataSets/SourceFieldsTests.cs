using System.Text;
using System.Text.Json.Nodes;
using TradeTalks.DataSets;
using TradeTalks.Sources;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.DataSets;

/// <summary>
/// A source's document status and kind, and a tariff change's scheduled end: read, checked, stored and written
/// back exactly.
/// </summary>
public sealed class SourceFieldsTests
{
    [Fact]
    public async Task TheNewFieldsSurviveExportThenImportByteForByte()
    {
        var original = DataSetFiles.With(d =>
        {
            d.Record("sources", "ap-timeline")["kind"] = "Relay";
            d.Record("sources", "siasat-china-84")["kind"] = "SingleReport";
            d.Record("sources", "siasat-china-84")["publisherSiteOnly"] = true;
            var end = d.Record("tariffLayers", "us-section-122")["changes"]!.AsArray().Select(c => c!.AsObject()).Single(c => (bool?)c["endsLayer"] == true);
            end["scheduledOnly"] = true;
        });
        var (exported, again) = await TestDatabase.RoundTripAsync(original);

        Assert.Equal(Encoding.UTF8.GetString(exported), Encoding.UTF8.GetString(again));
        var written = JsonNode.Parse(again)!.AsObject();
        Assert.Equal("Relay", (string?)written.Record("sources", "ap-timeline")["kind"]);
        Assert.Equal("SingleReport", (string?)written.Record("sources", "siasat-china-84")["kind"]);
        Assert.True((bool?)written.Record("sources", "siasat-china-84")["publisherSiteOnly"]);
        Assert.Contains(written.Record("tariffLayers", "us-section-122")["changes"]!.AsArray(), c => (bool?)c!["scheduledOnly"] == true);
    }

    [Fact]
    public void AnOriginalSourceAndAFullDocumentAreLeftOutOfTheFileAsTheDefaults()
    {
        var document = DataSetFiles.Read(DataSetFiles.With(d =>
        {
            d.Record("sources", "ap-timeline")["kind"] = "Original";
            d.Record("sources", "ap-timeline")["publisherSiteOnly"] = false;
        }));

        var written = Encoding.UTF8.GetString(DataSetJson.Serialize(document));

        Assert.DoesNotContain("\"kind\": \"Original\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\"publisherSiteOnly\": false", written, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownKindOfSourceIsRefusedWithTheKindsAllowed()
    {
        var problem = Single(DataSetFiles.With(d => d["sources"]![1]!["kind"] = "Rumour"));

        Assert.Equal("$.sources[1].kind", problem.Path);
        Assert.Contains("Aggregator", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AScheduledEndOnAChangeThatDoesNotEndItsLayerIsRefused()
    {
        var problem = Single(DataSetFiles.With(d => d["tariffLayers"]![0]!["changes"]![0]!["scheduledOnly"] = true));

        Assert.Equal("$.tariffLayers[0].changes[0].scheduledOnly", problem.Path);
        Assert.Contains("\"endsLayer\": true", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASitesHomePageIsRefusedAsACitationAtItsUrlWithWhatToDo()
    {
        var problem = Single(DataSetFiles.With(d => d["sources"]![1]!["url"] = "https://www.startribune.com/"));

        Assert.Equal("$.sources[1].url", problem.Path);
        Assert.Contains("is a site's home page, not the document", problem.Message, StringComparison.Ordinal);
        Assert.Contains("\"publisherSiteOnly\": true", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHomePageIsAcceptedWhenTheSourceSaysOnlyThePublishersSiteIsKnown()
    {
        var document = DataSetFiles.Read(DataSetFiles.With(d =>
        {
            d["sources"]![1]!["url"] = "https://www.startribune.com";
            d["sources"]![1]!["publisherSiteOnly"] = true;
        }));

        Assert.True(document.Sources[1].PublisherSiteOnly);
    }

    [Theory]
    [InlineData("https://www.reuters.com", true)]
    [InlineData("https://ustr.gov/", true)]
    [InlineData("http://english.cctv.com/", true)]
    [InlineData("https://www.ghy.com/?p=25947", false)]
    [InlineData("https://www.mondaq.com/unitedstates/1702374/58", false)]
    [InlineData("https://example.com/#notice", false)]
    [InlineData(null, false)]
    public void OnlyAnAddressWithNothingAfterTheSiteCountsAsAHomePage(string? url, bool homePage) =>
        Assert.Equal(homePage, SourceAddress.IsSiteRoot(url));

    [Fact]
    public void EveryBundledSourceThatGivesOnlyASitesAddressSaysSo()
    {
        var sources = DataSetFiles.Read(DataSetFiles.Bundled).Sources;

        Assert.All(sources.Where(s => SourceAddress.IsSiteRoot(s.Url)), s => Assert.True(s.PublisherSiteOnly, s.Key));
        Assert.DoesNotContain(sources, s => s.Note?.Contains("Only the publisher's site is known", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(sources, s => s.Note?.Contains("Single source", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void TheSection122SurchargesEndIsOnlyScheduled()
    {
        var layer = DataSetFiles.Read(DataSetFiles.Bundled).TariffLayers.Single(l => l.Key == "us-section-122");

        var end = layer.Changes[^1];
        Assert.True(end.EndsLayer);
        Assert.True(end.ScheduledOnly);
        Assert.Equal(new DateOnly(2026, 7, 24), end.EffectiveOn);
    }

    private static DataSetProblem Single(byte[] bytes)
    {
        var result = DataSetReader.Read(bytes);
        Assert.False(result.IsValid);
        return Assert.Single(result.Problems);
    }
}
