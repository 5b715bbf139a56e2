using System.Text;
using System.Text.Json.Nodes;
using TradeTalks.DataSets;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.DataSets;

/// <summary>Each kind of broken data set gets a message that says where, what is wrong and what is expected.</summary>
public sealed class DataSetValidationTests
{
    [Fact]
    public void MalformedJsonIsReportedWithItsLineAndColumn()
    {
        var problem = Single(Encoding.UTF8.GetBytes("{\n  \"formatVersion\": 1,\n  \"sources\": [ { \"key\": \"a\", } ]\n}"));

        Assert.Equal("$", problem.Path);
        Assert.Contains("not valid JSON: line 3, column 30", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheColumnOfAJsonFaultCountsCharactersNotBytes()
    {
        var problem = Single(Encoding.UTF8.GetBytes("{ \"formatVersion\": 1, \"sources\": [ { \"title\": \"Trade – talks\" x } ] }"));

        Assert.Contains("line 1, column 63:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AByteOrderMarkIsAccepted()
    {
        var result = DataSetReader.Read((byte[])[0xEF, 0xBB, 0xBF, .. DataSetFiles.Bundled]);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public void AFileThatIsNotUtf8IsExplained()
    {
        var latin1 = Encoding.Latin1.GetBytes("{ \"formatVersion\": 1, \"sources\": [ { \"key\": \"a\", \"publisher\": \"Caf\u00e9\", \"title\": \"t\" } ] }");

        var problem = Single(latin1);

        Assert.Contains("not UTF-8 text (the first bad byte is at offset 66)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEscapedLoneSurrogateIsExplainedNotThrown()
    {
        var text = Encoding.UTF8.GetString(DataSetFiles.With(d => d.Record("sources", "ap-timeline")["note"] = "x"));

        var problem = Single(Encoding.UTF8.GetBytes(text.Replace("\"note\":\"x\"", "\"note\":\"\\ud800\"", StringComparison.Ordinal)));

        Assert.Contains("not valid Unicode", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownFieldIsNamedWithTheFieldsAllowedThere()
    {
        var problem = Single(DataSetFiles.With(d => d.Record("sources", "ap-timeline")["publsher"] = "AP"));

        Assert.Equal("$.sources[1].publsher", problem.Path);
        Assert.Contains("unknown field \"publsher\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains("key, publisher, title, url, publisherSiteOnly, kind, publishedOn, note", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFieldIsNamedAtThePathWhereItBelongs()
    {
        var problem = Single(DataSetFiles.With(d => d.Record("talks", "london-2025-06").Remove("summary")));

        Assert.Equal("$.talks[2].summary", problem.Path);
        Assert.Contains("missing field \"summary\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AValueOfTheWrongTypeSaysWhatWasExpected()
    {
        var problem = Single(DataSetFiles.With(d => d["tariffLayers"]![0]!["changes"]![1]!["rate"] = "20"));

        Assert.Equal("$.tariffLayers[0].changes[1].rate", problem.Path);
        Assert.Contains("\"20\" is the wrong type", problem.Message, StringComparison.Ordinal);
        Assert.Contains("from 0 to 1000", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("10 June 2025")]
    [InlineData("2025-6-10")]
    public void ADayThatIsNotARealDateInTheFormIsRefused(string day)
    {
        var problem = Single(DataSetFiles.With(d => d.Record("talks", "london-2025-06")["firstDay"] = day));

        Assert.Equal("$.talks[2].firstDay", problem.Path);
        Assert.Contains("YYYY-MM-DD", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-05-14T00:01:00")]
    [InlineData("2025-05-14 00:01")]
    [InlineData("2025-05-14T25:01:00-04:00")]
    public void AnInstantWithoutAnOffsetOrOutOfRangeIsRefused(string instant)
    {
        var problem = Single(DataSetFiles.With(d => d["truceWindows"]![0]!["startsAt"] = instant));

        Assert.Equal("$.truceWindows[0].startsAt", problem.Path);
        Assert.Contains("with its offset", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1000.5)]
    [InlineData(-1)]
    public void ARateOutsideZeroToOneThousandIsRefused(double rate)
    {
        var problem = Single(DataSetFiles.With(d => d["tariffLayers"]![1]!["changes"]![2]!["rate"] = rate));

        Assert.Equal("$.tariffLayers[1].changes[2].rate", problem.Path);
        Assert.Contains("out of range", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARateOfExactlyOneThousandIsAccepted()
    {
        var result = DataSetReader.Read(DataSetFiles.With(d => d["tariffLayers"]![1]!["changes"]![2]!["rate"] = 1000));

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public void AReferenceToAKeyThatDoesNotExistIsNamed()
    {
        var problems = Problems(DataSetFiles.With(d =>
        {
            d.Record("talks", "london-2025-06")["participants"]!.AsArray().Add("janet-yellen");
            d.Record("statements", "trump-total-reset")["sources"] = new JsonArray("the-onion");
        }));

        Assert.Collection(problems,
            p =>
            {
                Assert.Equal("$.talks[2].participants[6]", p.Path);
                Assert.Contains("no person has the key \"janet-yellen\"", p.Message, StringComparison.Ordinal);
            },
            p =>
            {
                Assert.Equal("$.statements[2].sources[0]", p.Path);
                Assert.Contains("no source has the key \"the-onion\"", p.Message, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void ADuplicateKeyNamesTheRecordThatHasItFirst()
    {
        var problem = Single(DataSetFiles.With(d => d["claims"]![2]!["key"] = (string?)d["claims"]![0]!["key"]));

        Assert.Equal("$.claims[2].key", problem.Path);
        Assert.Contains("already used by the claim at $.claims[0]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TariffChangeKeysAreUniqueAcrossLayers()
    {
        var problem = Single(DataSetFiles.With(d => d["tariffLayers"]![3]!["changes"]![0]!["key"] = "us-fentanyl-2025-02-04"));

        Assert.Equal("$.tariffLayers[3].changes[0].key", problem.Path);
        Assert.Contains("$.tariffLayers[0].changes[0]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARecordWithNoSourceIsRefused()
    {
        var problem = Single(DataSetFiles.With(d => d.Record("people", "he-lifeng")["sources"] = new JsonArray()));

        Assert.Equal("$.people[5].sources", problem.Path);
        Assert.Contains("at least one", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARecordThatLeavesOutItsSourcesIsRefused()
    {
        var problem = Single(DataSetFiles.With(d => d.Record("people", "he-lifeng").Remove("sources")));

        Assert.Equal("$.people[5].sources", problem.Path);
        Assert.Contains("missing field \"sources\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATariffChangeDatedBeforeItsLayersPreviousChangeIsRefused()
    {
        var problem = Single(DataSetFiles.With(d => d["tariffLayers"]![0]!["changes"]![2]!["effectiveOn"] = "2025-03-01"));

        Assert.Equal("$.tariffLayers[0].changes[2].effectiveOn", problem.Path);
        Assert.Contains("not after the layer's previous change", problem.Message, StringComparison.Ordinal);
        Assert.Contains("$.tariffLayers[0].changes[1]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoChangesOfALayerAtTheSameInstantAreRefused()
    {
        var problem = Single(DataSetFiles.With(d => d["tariffLayers"]![0]!["changes"]![1]!["effectiveOn"] = "2025-02-04"));

        Assert.Equal("$.tariffLayers[0].changes[1].effectiveOn", problem.Path);
    }

    [Fact]
    public void AChangeThatEndsItsLayerMustBringTheRateToZero()
    {
        var problem = Single(DataSetFiles.With(d => d["tariffLayers"]![0]!["changes"]![3]!["rate"] = 10));

        Assert.Equal("$.tariffLayers[0].changes[3].rate", problem.Path);
        Assert.Contains("Expected 0", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATruceExtensionThatDoesNotMoveTheDeadlineLaterIsRefused()
    {
        var problem = Single(DataSetFiles.With(d => d["truceWindows"]![0]!["extensions"]![0]!["newDeadline"] = "2025-08-01T00:01:00-04:00"));

        Assert.Equal("$.truceWindows[0].extensions[0].newDeadline", problem.Path);
        Assert.Contains("later than 2025-08-12T00:01:00-04:00 ($.truceWindows[0].deadline)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATruceExtensionSignedBeforeTheTruceWasAnnouncedIsRefused()
    {
        var problem = Single(DataSetFiles.With(d => d["truceWindows"]![0]!["extensions"]![0]!["signedOn"] = "2025-05-01"));

        Assert.Equal("$.truceWindows[0].extensions[0].signedOn", problem.Path);
        Assert.Contains("before 2025-05-12", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStatementNamesEitherAPersonOrAnOrganisation()
    {
        var problem = Single(DataSetFiles.With(d => d.Record("statements", "trump-total-reset")["speaker"] = "The White House"));

        Assert.Equal("$.statements[2]", problem.Path);
        Assert.Contains("not both and not neither", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATruceItemSuspendsEitherLayerPointsOrAMeasure()
    {
        var problems = Problems(DataSetFiles.With(d =>
        {
            var items = d["truceWindows"]![0]!["items"]!.AsArray();
            items[0]!["measure"] = "us-port-fees-2025";
            items[1]!.AsObject().Remove("points");
            items[2]!["measure"] = "no-such-measure";
            items[3]!["extension"] = "another-truces-extension";
        }));

        Assert.Collection(problems,
            p => Assert.Equal(("$.truceWindows[0].items[0]", true), (p.Path, p.Message.Contains("not both and not neither", StringComparison.Ordinal))),
            p => Assert.Equal(("$.truceWindows[0].items[1].points", true), (p.Path, p.Message.Contains("points", StringComparison.Ordinal))),
            p => Assert.Equal(("$.truceWindows[0].items[2].measure", true), (p.Path, p.Message.Contains("no measure has the key", StringComparison.Ordinal))),
            p => Assert.Equal(("$.truceWindows[0].items[3].extension", true), (p.Path, p.Message.Contains("no extension with the key", StringComparison.Ordinal))));
    }

    [Fact]
    public void ATruceItemIsSuspendedByTheSideThatImposedWhatItSuspends()
    {
        var problems = Problems(DataSetFiles.With(d =>
        {
            var items = d["truceWindows"]![0]!["items"]!.AsArray();
            items[0]!["side"] = "China";
            items[2]!["side"] = "UnitedStates";
        }));

        Assert.Collection(problems,
            p => Assert.Equal(("$.truceWindows[0].items[0].side", true), (p.Path, p.Message.Contains("belongs to UnitedStates", StringComparison.Ordinal))),
            p => Assert.Equal(("$.truceWindows[0].items[2].side", true), (p.Path, p.Message.Contains("belongs to China", StringComparison.Ordinal))));
    }

    [Fact]
    public void ASuspensionNeedsItsEndAndOnlyASuspensionHasOne()
    {
        var problems = Problems(DataSetFiles.With(d =>
        {
            var changes = d.Record("measures", "us-affiliates-rule")["changes"]!.AsArray();
            changes[0]!["suspendedUntil"] = "2026-01-01T00:00:00Z";
            changes[1]!.AsObject().Remove("suspendedUntil");
        }));

        Assert.Equal(["$.measures[1].changes[0].suspendedUntil", "$.measures[1].changes[1].suspendedUntil"], problems.Select(p => p.Path));
        Assert.Contains("only a suspension has an end", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("needs the instant it is due to end", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMeasuresChangesRunForwardInTime()
    {
        var problem = Single(DataSetFiles.With(d => d.Record("measures", "us-affiliates-rule")["changes"]![1]!["on"] = "2025-09-01"));

        Assert.Equal("$.measures[1].changes[1].on", problem.Path);
        Assert.Contains("not after the measure's previous change", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACommitmentNamesATalkThatExistsAndAQuantityWithItsUnit()
    {
        var problems = Problems(DataSetFiles.With(d =>
        {
            d.Record("commitments", "board-of-trade")["talk"] = "no-such-talk";
            d.Record("commitments", "cn-soybeans-late-2025").Remove("unit");
        }));

        Assert.Equal(["$.commitments[1].unit", "$.commitments[4].talk"], problems.Select(p => p.Path).Order());
    }

    [Fact]
    public void FiguresAndDatesThatContradictEachOtherAreRefused()
    {
        var problems = Problems(DataSetFiles.With(d =>
        {
            d.Record("tariffLayers", "cn-retaliation-2018")["changes"]![0]!["lowestRate"] = 30;
            d.Record("indicatorReleases", "piie-us-on-china-2025-01-20")["series"] = "piie-average-us-on-china";
            d.Record("claims", "china-claims-chip-design-software")["resolvedOn"] = "2025-05-01";
            d.Record("commitments", "cn-fentanyl-precursors")["progress"]![0]!["on"] = "2025-10-01";
            d["truceWindows"]![0]!["items"]![0]!["side"] = "China";
        }));

        Assert.Collection(problems,
            p => Assert.Equal("$.tariffLayers[19].changes[0].lowestRate", p.Path),
            p => Assert.Equal("$.truceWindows[0].items[0].side", p.Path),
            p => Assert.Equal("$.commitments[3].progress[0].on", p.Path),
            p => Assert.Equal("$.indicatorReleases[4].series", p.Path),
            p => Assert.Equal("$.claims[0].resolvedOn", p.Path));
    }

    [Fact]
    public void AFormatVersionThisAppDoesNotKnowIsRefused()
    {
        var problem = Single(DataSetFiles.With(d => d["formatVersion"] = 2));

        Assert.Equal("$.formatVersion", problem.Path);
        Assert.Contains("Expected: 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileOverTheSizeLimitIsRefusedBeforeItIsParsed()
    {
        var huge = new byte[DataSetReader.MaxBytes + 1];
        Array.Fill(huge, (byte)' ');

        var problem = Single(huge);

        Assert.Equal("$", problem.Path);
        Assert.Contains("larger than the 20 MB limit", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStreamOverTheSizeLimitIsRefusedWithoutReadingAllOfIt()
    {
        await using var endless = new EndlessStream();

        var result = await DataSetReader.ReadAsync(endless);

        Assert.False(result.IsValid);
        Assert.Contains("larger than the 20 MB limit", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
        Assert.True(endless.Position <= DataSetReader.MaxBytes + 81920);
    }

    [Fact]
    public void EveryProblemInAFileIsReportedInOneRunInTheFilesOrder()
    {
        var problems = Problems(DataSetFiles.With(d =>
        {
            d.Record("developments", "us-threatens-100-2025-10")["side"] = "Mars";
            d.Record("sources", "ap-timeline")["publsher"] = "AP";
            d.Record("talks", "geneva-2025-05")["lastDay"] = "2025-05-01";
            d["tariffLayers"]![1]!["changes"]![1]!["rate"] = 1200;
            d.Record("people", "xi-jinping").Remove("name");
        }));

        Assert.Equal(
            ["$.sources[1].publsher", "$.people[4].name", "$.talks[0].lastDay", "$.tariffLayers[1].changes[1].rate", "$.developments[0].side"],
            problems.Select(p => p.Path));
    }

    [Fact]
    public void AStructurallyBrokenRecordDoesNotMakeReferencesToItLookBroken()
    {
        var problem = Single(DataSetFiles.With(d => d.Record("sources", "article-london-2025-06")["title"] = 12));

        Assert.Equal("$.sources[0].title", problem.Path);
    }

    [Fact]
    public void AFileThatIsNotAnObjectIsExplained()
    {
        var problem = Single("[1, 2, 3]"u8.ToArray());

        Assert.Contains("holds no object", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProblemsNameTheFileWhenPrinted()
    {
        var problem = Single(DataSetFiles.With(d => d["formatVersion"] = 2));

        Assert.StartsWith("update.json: $.formatVersion: ", problem.ToString("update.json"), StringComparison.Ordinal);
    }

    private static IReadOnlyList<DataSetProblem> Problems(byte[] bytes)
    {
        var result = DataSetReader.Read(bytes);
        Assert.False(result.IsValid);
        Assert.Null(result.Document);
        return result.Problems;
    }

    private static DataSetProblem Single(byte[] bytes) => Assert.Single(Problems(bytes));

    /// <summary>A stream that never ends, as standard input can be.</summary>
    private sealed class EndlessStream : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            _position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
