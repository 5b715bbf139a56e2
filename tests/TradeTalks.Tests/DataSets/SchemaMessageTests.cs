using System.Text;
using TradeTalks.DataSets;
using TradeTalks.Tests.Commands;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.DataSets;

/// <summary>Values the schema check once choked on or misreported: each gets a message at its own path.</summary>
public sealed class SchemaMessageTests
{
    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("1.5")]
    public void AFormatVersionNoNumberTypeHoldsIsReportedAtItsPath(string version)
    {
        var problem = Single(WithFormatVersion(version));

        Assert.Equal("$.formatVersion", problem.Path);
        Assert.Contains(version, problem.Message, StringComparison.Ordinal);
        Assert.Contains("Expected: 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHugeNumberInARecordIsReportedAtItsPath()
    {
        var text = Encoding.UTF8.GetString(DataSetFiles.With(d => d["tariffLayers"]![1]!["changes"]![1]!["rate"] = 99999));

        var problems = Problems(Encoding.UTF8.GetBytes(text.Replace("99999", "1e400", StringComparison.Ordinal)));

        Assert.Contains(problems, p => p.Path == "$.tariffLayers[1].changes[1].rate" && p.Message.Contains("1e400", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidateReportsAHugeFormatVersionInsteadOfStopping()
    {
        await using var run = new CommandRun();
        await File.WriteAllBytesAsync(run.PathOf("huge.json"), WithFormatVersion("1e400"));

        var (exitCode, _, error) = await run.RunAsync(["validate", "huge.json"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("huge.json: $.formatVersion: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownTopLevelFieldIsNamedWithTheFieldsAllowedThere()
    {
        var problem = Single(DataSetFiles.With(d => d["tarifLayers"] = new System.Text.Json.Nodes.JsonArray()));

        Assert.Equal("$.tarifLayers", problem.Path);
        Assert.Contains("unknown field \"tarifLayers\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains("tariffLayers", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Unicode", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATextOverItsLengthSaysHowLongItMayBe()
    {
        var problem = Single(DataSetFiles.With(d => d.Record("talks", "london-2025-06")["note"] = new string('x', 2001)));

        Assert.Equal("$.talks[2].note", problem.Path);
        Assert.Contains("2001 characters long", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Expected: text of at most 2000 characters", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Anything else", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyTextSaysTextIsExpected()
    {
        var problem = Single(DataSetFiles.With(d => d.Record("talks", "london-2025-06")["note"] = ""));

        Assert.Equal("$.talks[2].note", problem.Path);
        Assert.Contains("Expected: text of 1 to 2000 characters", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Anything else", problem.Message, StringComparison.Ordinal);
    }

    private static byte[] WithFormatVersion(string raw)
    {
        var text = Encoding.UTF8.GetString(DataSetFiles.With(d => d["formatVersion"] = 424242));
        return Encoding.UTF8.GetBytes(text.Replace("424242", raw, StringComparison.Ordinal));
    }

    private static IReadOnlyList<DataSetProblem> Problems(byte[] bytes)
    {
        var result = DataSetReader.Read(bytes);
        Assert.False(result.IsValid);
        return result.Problems;
    }

    private static DataSetProblem Single(byte[] bytes) => Assert.Single(Problems(bytes));
}
