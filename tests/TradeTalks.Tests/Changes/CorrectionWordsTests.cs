using TradeTalks.Changes;
using TradeTalks.DataSets;
using TradeTalks.History;
using TradeTalks.Web.Changes;

namespace TradeTalks.Tests.Changes;

/// <summary>A correction from the history in words: the record's title, each field before and after, restores and removals named as such.</summary>
public sealed class CorrectionWordsTests
{
    private const string Layer =
        """{"key":"us-301-2018","imposer":"UnitedStates","target":"China","authority":"Section301","scope":"Sectoral","name":"Section 301 tariffs","sources":["ustr-review"],"changes":[{"key":"us-301-2018-a","rate":25,"effectiveOn":"2025-01-01","cause":"The review","sources":["ustr-review"]}]}""";

    private static readonly DateTimeOffset At = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);

    private static readonly RecordNames Names = new(new Dictionary<(string, string), string>
    {
        [("sources", "ustr-review")] = "Four-year review of the Section 301 actions",
        [("sources", "reuters-raise")] = "US raises duties on Chinese semiconductors",
        [("people", "he-lifeng")] = "He Lifeng",
    });

    [Fact]
    public void ACorrectedRateReadsAsTheChangeOfItsDayFromTheOldRateToTheNew()
    {
        var after = Layer.Replace("\"rate\":25", "\"rate\":50", StringComparison.Ordinal);

        var text = CorrectionWords.Describe(Changed("tariffLayers", "us-301-2018", Layer, after), Names);

        Assert.Equal("Section 301 tariffs", text.Title);
        Assert.Equal("Corrected", text.What);
        Assert.Equal(new DateOnly(2026, 12, 3), text.Day);
        Assert.Equal(["Rate of the tariff change of 1 Jan 2025: 25% → 50%"], text.Lines);
        Assert.Equal("Correction: Section 301 tariffs: Rate of the tariff change of 1 Jan 2025: 25% → 50%", text.Headline);
        Assert.Equal("/tariffs", text.Page);
    }

    [Fact]
    public void SourcesReadAsTheirTitlesAndChoicesAsTheirLabelsNeverAsKeysOrEnumNames()
    {
        var after = Layer.Replace("\"sources\":[\"ustr-review\"],\"changes\"", "\"sources\":[\"ustr-review\",\"reuters-raise\"],\"changes\"", StringComparison.Ordinal)
            .Replace("\"Section301\"", "\"Section232\"", StringComparison.Ordinal);

        var text = CorrectionWords.Describe(Changed("tariffLayers", "us-301-2018", Layer, after), Names);

        Assert.Contains("Authority: Section 301 → Section 232", text.Lines);
        Assert.Contains("Sources: Four-year review of the Section 301 actions → Four-year review of the Section 301 actions; US raises duties on Chinese semiconductors", text.Lines);
        Assert.DoesNotContain(text.Lines, line => line.Contains("reuters-raise", StringComparison.Ordinal) || line.Contains("us-301", StringComparison.Ordinal));
        Assert.EndsWith(", and one more change", text.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void AFieldAddedOrEmptiedSaysSoWithTheValue()
    {
        var after = Layer.Replace("\"name\":\"Section 301 tariffs\"", "\"name\":\"Section 301 tariffs\",\"note\":\"Raised after the review\"", StringComparison.Ordinal);

        var added = CorrectionWords.Describe(Changed("tariffLayers", "us-301-2018", Layer, after), Names);
        var removed = CorrectionWords.Describe(Changed("tariffLayers", "us-301-2018", after, Layer), Names);

        Assert.Equal(["Note added: “Raised after the review”"], added.Lines);
        Assert.Equal(["Note removed (was “Raised after the review”)"], removed.Lines);
    }

    [Fact]
    public void AChildAddedWholeIsOneLineNamedByItsDay()
    {
        var after = Layer.Replace("}]}", "},{\"key\":\"us-301-2018-b\",\"rate\":50,\"effectiveOn\":\"2025-09-27\",\"cause\":\"Raised\",\"sources\":[\"ustr-review\"]}]}", StringComparison.Ordinal);

        var text = CorrectionWords.Describe(Changed("tariffLayers", "us-301-2018", Layer, after), Names);

        Assert.Equal(["Added the tariff change of 27 Sept 2025"], text.Lines);
    }

    [Fact]
    public void ARemovalIsNamedAsARemovalWithTheRecordsTitle()
    {
        var text = CorrectionWords.Describe(new Correction(1, At, ChangeOrigin.Delete, "tariffLayers", "us-301-2018", RecordChangeType.Removed, Layer, null), Names);

        Assert.Equal("Removed from the record", text.What);
        Assert.Equal("Correction: Section 301 tariffs: removed from the record", text.Headline);
        Assert.Empty(text.Lines);
    }

    [Fact]
    public void ARestoreIsNamedAsARestoreWhetherTheRecordCameBackOrWentBackToAnEarlierVersion()
    {
        var after = Layer.Replace("\"rate\":25", "\"rate\":50", StringComparison.Ordinal);

        var cameBack = CorrectionWords.Describe(new Correction(2, At, ChangeOrigin.Restore, "tariffLayers", "us-301-2018", RecordChangeType.Added, null, Layer), Names);
        var wentBack = CorrectionWords.Describe(new Correction(3, At, ChangeOrigin.Restore, "tariffLayers", "us-301-2018", RecordChangeType.Changed, after, Layer), Names);

        Assert.Equal("Restored after its removal", cameBack.What);
        Assert.Equal("Restored to an earlier version", wentBack.What);
        Assert.Equal(["Rate of the tariff change of 1 Jan 2025: 50% → 25%"], wentBack.Lines);
        Assert.StartsWith("Correction: Section 301 tariffs: restored", wentBack.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void AStatementByAPersonIsTitledWithTheirNameAndWordsNotTheirKey()
    {
        const string statement = """{"key":"he-2025-06","person":"he-lifeng","side":"China","saidOn":"2025-06-10","words":"The talks were candid and constructive.","context":"London","sources":["ustr-review"]}""";

        var text = CorrectionWords.Describe(new Correction(4, At, ChangeOrigin.Edit, "statements", "he-2025-06", RecordChangeType.Added, null, statement), Names);

        Assert.Equal("He Lifeng: “The talks were candid and constructive.”", text.Title);
        Assert.Equal("Added to the record", text.What);
    }

    private static Correction Changed(string kind, string key, string before, string after) =>
        new(5, At, ChangeOrigin.Edit, kind, key, RecordChangeType.Changed, before, after);
}
