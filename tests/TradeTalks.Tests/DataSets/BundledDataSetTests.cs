using System.Text.Json;
using Json.Schema;
using TradeTalks.DataSets;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.DataSets;

public sealed class BundledDataSetTests
{
    [Fact]
    public void TheBundledDataSetValidatesAgainstTheCommittedSchemaOnItsOwn()
    {
        // The schema as any JSON Schema tool would use it, apart from the app's own reading of it.
        var schema = JsonSchema.FromText(File.ReadAllText(DataSetFiles.SchemaPath), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var data = JsonDocument.Parse(DataSetFiles.Bundled);

        var results = schema.Evaluate(data.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void TheBundledDataSetPassesEveryRuleBetweenRecords()
    {
        var result = DataSetReader.Read(DataSetFiles.Bundled);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public void TheAppIsBuiltWithTheCommittedFiles()
    {
        Assert.Equal(File.ReadAllText(DataSetFiles.DataSetPath), BundledFiles.ReadText(BundledFiles.DataSetName));
        Assert.Equal(File.ReadAllText(DataSetFiles.SchemaPath), DataSetSchema.Text);
    }

    [Fact]
    public async Task TheBundledFileIsWrittenExactlyAsExportWritesIt()
    {
        // So a researcher's diff after "export" shows only what they changed, never a reformatting.
        await using var database = await TestDatabase.CreateSeededAsync();

        var exported = DataSetJson.Serialize(await new DataSetExporter(database.Factory).ExportAsync());

        Assert.Equal(File.ReadAllText(DataSetFiles.DataSetPath), System.Text.Encoding.UTF8.GetString(exported));
    }

    [Fact]
    public void EveryKindOfRecordIsInTheBundledDataSet()
    {
        var document = DataSetFiles.Read(DataSetFiles.Bundled);

        Assert.NotEmpty(document.Sources);
        Assert.NotEmpty(document.People);
        Assert.NotEmpty(document.Talks);
        Assert.NotEmpty(document.TariffLayers.SelectMany(l => l.Changes));
        Assert.NotEmpty(document.TruceWindows.SelectMany(w => w.Extensions));
        Assert.NotEmpty(document.IndicatorReleases);
        Assert.NotEmpty(document.Statements);
        Assert.NotEmpty(document.Claims);
        Assert.NotEmpty(document.Developments);
    }

    [Fact]
    public void InstantsAreWrittenInUsEasternTimeWithTheirOffset()
    {
        var summer = new DateTimeOffset(2025, 8, 12, 4, 1, 0, TimeSpan.Zero);
        var winter = new DateTimeOffset(2025, 11, 10, 5, 1, 0, TimeSpan.Zero);

        Assert.Equal("2025-08-12T00:01:00-04:00", DataSetJson.FormatInstant(summer));
        Assert.Equal("2025-11-10T00:01:00-05:00", DataSetJson.FormatInstant(winter));
        Assert.True(DataSetJson.TryParseInstant("2025-11-10T05:01:00Z", out var utc));
        Assert.Equal(winter, utc);
        Assert.False(DataSetJson.TryParseInstant("2025-11-10T05:01:00", out _));
    }
}
