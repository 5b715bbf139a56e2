using TradeTalks.Sources;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Tests.Components;

/// <summary>A record's source list says plainly when only a publisher's site is known, and when the record rests on one weak source.</summary>
public sealed class SourceListTests : BunitContext
{
    [Fact]
    public void ASourceWhoseDocumentWasNotFoundSaysOnlyThePublishersSiteIsKnown()
    {
        var list = Render<SourceList>(p => p.Add(c => c.Sources, [Source("usgs", publisherSiteOnly: true), Source("ap")]));

        var flagged = Assert.Single(list.FindAll("[data-testid=source-site-only]"));
        Assert.Equal("(only the publisher's site is known)", flagged.TextContent);
        Assert.Contains("usgs", flagged.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SourceKind.Aggregator, "Single source: this rests on one aggregator's report.")]
    [InlineData(SourceKind.Relay, "Single source: this rests on one relayed report.")]
    [InlineData(SourceKind.SingleReport, "Single source: this rests on one report that no other confirms.")]
    public void ARecordThatRestsOnOneSourceThatIsNotAnOriginalIsMarkedSingleSource(SourceKind kind, string words)
    {
        var list = Render<SourceList>(p => p.Add(c => c.Sources, [Source("scram", kind: kind)]));

        Assert.Equal(words, list.Find("[data-testid=single-source]").TextContent.Trim());
    }

    [Fact]
    public void NoMarkWhenTheOneSourceIsAnOriginalOrASecondSourceStandsBesideIt()
    {
        var original = Render<SourceList>(p => p.Add(c => c.Sources, [Source("ap")]));
        var two = Render<SourceList>(p => p.Add(c => c.Sources, [Source("scram", kind: SourceKind.Aggregator), Source("ap")]));

        Assert.Empty(original.FindAll("[data-testid=single-source]"));
        Assert.Empty(two.FindAll("[data-testid=single-source]"));
    }

    [Fact]
    public void TheTimelinesSourceReferencesCarryTheSameWords()
    {
        var list = Render<SourceList>(p => p.Add(c => c.Refs,
            [new TradeTalks.Timeline.SourceRef(1, "quasa", "quasa.io", "H200", "https://quasa.io/media/h200", null, PublisherSiteOnly: false, Kind: SourceKind.SingleReport)]));

        Assert.Contains("Single source", list.Find("[data-testid=single-source]").TextContent, StringComparison.Ordinal);
    }

    private static Source Source(string key, bool publisherSiteOnly = false, SourceKind kind = SourceKind.Original) => new()
    {
        Key = key, Publisher = key, Title = key + " title", Url = $"https://{key}.example/", PublisherSiteOnly = publisherSiteOnly, Kind = kind,
    };
}
