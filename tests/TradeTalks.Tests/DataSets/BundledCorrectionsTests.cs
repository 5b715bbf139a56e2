using TradeTalks.DataSets;
using TradeTalks.Measures;
using TradeTalks.Sources;
using TradeTalks.Talks;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.DataSets;

/// <summary>
/// What the review of the bundled data set (6 December 2026) found wrong or missing, held as the data now says it,
/// so a later edit cannot quietly bring an error back.
/// </summary>
public sealed class BundledCorrectionsTests
{
    private static readonly DataSetDocument Data = DataSetFiles.Read(DataSetFiles.Bundled);

    [Fact]
    public void AnnouncementSeventyIsTheNovemberSuspensionAndIsCitedOnlyForIt()
    {
        var announcement = Data.Sources.Single(s => s.Key == "mofcom-70-2025");
        var controls = Data.Measures.Single(m => m.Key == "cn-rare-earth-controls-2025-10");

        Assert.Equal(new DateOnly(2025, 11, 7), announcement.PublishedOn);
        Assert.Contains("suspen", announcement.Title, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("mofcom-70-2025", controls.Changes.Single(c => c.State == MeasureState.Imposed).Sources);
        Assert.Contains("mofcom-70-2025", controls.Changes.Single(c => c.State == MeasureState.Suspended).Sources);
    }

    [Fact]
    public void TheRareEarthPauseTookEffectTheDayItWasAnnouncedAndRunsToTheTruceDeadline()
    {
        var pause = Data.Measures.Single(m => m.Key == "cn-rare-earth-controls-2025-10").Changes.Single(c => c.State == MeasureState.Suspended);
        var item = Data.TruceWindows.SelectMany(w => w.Items).Single(i => i.Key == "busan-cn-rare-earth-controls");

        Assert.Equal(new DateOnly(2025, 11, 7), pause.On);
        Assert.Equal(Instants.EffectiveOn("2026-11-10"), pause.SuspendedUntil);
        Assert.Equal(Instants.EffectiveOn("2025-11-07"), item.From);
    }

    [Fact]
    public void ReportAzIsCitedOnlyForTheTariffsItReports()
    {
        var pause = Data.Measures.Single(m => m.Key == "cn-rare-earth-controls-2025-10").Changes.Single(c => c.State == MeasureState.Suspended);
        var item = Data.TruceWindows.SelectMany(w => w.Items).Single(i => i.Key == "busan-cn-rare-earth-controls");

        Assert.DoesNotContain("report-az-mofcom", pause.Sources);
        Assert.DoesNotContain("report-az-mofcom", item.Sources);
    }

    [Fact]
    public void NoClaimSaysTheGenevaStatementHasNoClauseOnNonTariffMeasures()
    {
        var geneva = Data.Claims.Where(c => c.Commitment.Contains("Geneva", StringComparison.Ordinal) && c.Commitment.Contains("non-tariff", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, geneva.Count);
        Assert.All(geneva, c => Assert.DoesNotContain("no clause", c.Commitment, StringComparison.OrdinalIgnoreCase));
        Assert.All(geneva, c => Assert.Contains("no US promise", c.Commitment, StringComparison.Ordinal));
        Assert.All(geneva, c => Assert.Contains("china-daily-geneva", c.Sources));
    }

    [Fact]
    public void TheBoardOfTradesThirtyBillionIsANoteNotATerm()
    {
        var board = Data.Commitments.Single(c => c.Key == "board-of-trade");

        Assert.Null(board.Quantity);
        Assert.Null(board.Unit);
        Assert.DoesNotContain("$30bn", board.Summary, StringComparison.Ordinal);
        Assert.Contains("$30bn", board.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBeijingVisitsOutcomeGivesBothReportsWithTheirDaysAndSources()
    {
        var beijing = Data.Talks.Single(t => t.Key == "beijing-2026-05");

        Assert.Contains("15 May", beijing.Outcome, StringComparison.Ordinal);
        Assert.Contains("2 June", beijing.Outcome, StringComparison.Ordinal);
        Assert.Contains("Board of Trade", beijing.Outcome, StringComparison.Ordinal);
        Assert.Equal(new[] { "bbc-beijing-2026", "reuters-ustr-2026-06-03" }, beijing.Sources);
    }

    [Fact]
    public void TheH200ChipsAreHeldBackNotBannedOnOneSource()
    {
        var hold = Data.Measures.Single(m => m.Key == "cn-h200-customs-hold");

        Assert.NotEqual(MeasureKind.PurchaseBan, hold.Kind);
        Assert.Contains("held back", hold.Note, StringComparison.Ordinal);
        Assert.Equal(new[] { "quasa-2026-01-31" }, hold.Sources);
        Assert.Equal(SourceKind.SingleReport, Data.Sources.Single(s => s.Key == "quasa-2026-01-31").Kind);
    }

    [Fact]
    public void TheSoybeanPurchasesReportedByMidJanuaryAreProgressOnTheLate2025Promise()
    {
        var soybeans = Data.Commitments.Single(c => c.Key == "cn-soybeans-late-2025");

        var progress = Assert.Single(soybeans.Progress);
        Assert.Equal(new DateOnly(2026, 1, 20), progress.On);
        Assert.Contains("12 million tonnes", progress.Summary, StringComparison.Ordinal);
        // Devdiscourse only retells Reuters; the Reuters story itself, carried by Baird Maritime, is cited beside it.
        Assert.Equal(new[] { "baird-maritime-soybeans-2026-01-20", "devdiscourse-soybeans-2026-01-20" }, progress.Sources);
        Assert.Equal(SourceKind.Relay, Data.Sources.Single(s => s.Key == "devdiscourse-soybeans-2026-01-20").Kind);
    }

    [Fact]
    public void ThePrecursorLicencesRestOnMoreThanBloombergLawsRelayOfCctv()
    {
        var licensing = Data.Measures.Single(m => m.Key == "cn-fentanyl-precursor-licensing");
        var promise = Data.Commitments.Single(c => c.Key == "cn-fentanyl-precursors");
        IReadOnlyList<string>[] citations = [licensing.Sources, Assert.Single(licensing.Changes).Sources, promise.Sources, Assert.Single(promise.Progress).Sources];

        Assert.Equal(SourceKind.Relay, Data.Sources.Single(s => s.Key == "cctv-2025-11").Kind);
        Assert.All(citations, keys => Assert.Contains(keys, key => key != "cctv-2025-11" && Data.Sources.Single(s => s.Key == key).Kind == SourceKind.Original));
    }

    [Fact]
    public void TheExcessCapacityInvestigationOpenedOnElevenMarch()
    {
        var probe = Data.Measures.Single(m => m.Key == "us-301-excess-capacity-2026");

        Assert.Equal(MeasureKind.Investigation, probe.Kind);
        Assert.Equal(new DateOnly(2026, 3, 11), Assert.Single(probe.Changes).On);
        Assert.Equal(new[] { "clark-hill-section-301-2026-03-13", "sowetan-section-301-2026-03-12" }, probe.Sources);
    }

    [Fact]
    public void TheFebruary2026CallIsOnRecord()
    {
        var call = Data.Talks.Single(t => t.Key == "call-2026-02-04");

        Assert.Equal(TalkKind.PhoneCall, call.Kind);
        Assert.Equal(new DateOnly(2026, 2, 4), call.FirstDay);
        Assert.Equal(new[] { "donald-trump", "xi-jinping" }, call.Participants);
        Assert.Contains("astro-awani-call-2026-02-05", call.Sources);
    }

    [Fact]
    public void TheBarOnBuyingFrom46UsFirmsSaysItRestsOnOneSource()
    {
        var bar = Data.Measures.Single(m => m.Key == "cn-purchase-bar-46-us-firms");

        Assert.Equal(MeasureKind.PurchaseBan, bar.Kind);
        Assert.Equal(new DateOnly(2026, 6, 22), Assert.Single(bar.Changes).On);
        Assert.Equal(new[] { "scram-news-2026-06-22" }, bar.Sources);
        Assert.Equal(SourceKind.Aggregator, Data.Sources.Single(s => s.Key == "scram-news-2026-06-22").Kind);
    }

    [Fact]
    public void EverySourceTheReviewNamedGivesTheDocumentItself()
    {
        string[] keys =
        [
            "mofcom-70-2025", "resilinc-mofcom-70-2025", "rawmaterials-2025-11-07", "okaz-2025-11-07", "devdiscourse-soybeans-2026-01-20",
            "clark-hill-section-301-2026-03-13", "sowetan-section-301-2026-03-12", "astro-awani-call-2026-02-05", "scram-news-2026-06-22",
        ];

        Assert.All(keys, key =>
        {
            var url = new Uri(Data.Sources.Single(s => s.Key == key).Url!);
            Assert.NotEqual("/", url.AbsolutePath);
        });
    }
}
