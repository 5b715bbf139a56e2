using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Json.Schema;
using TradeTalks.Products;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Products;

/// <summary>The committed product data (data/products/): it is what its manifest says, follows its schema, and rebuilds from the inputs the manifest names.</summary>
public sealed class BundledProductDataTests
{
    /// <summary>The folder of a clone of the tariff-rate-tracker repository at the manifest's commit, where a machine has one.</summary>
    public const string InputsVariable = "TRADETALKS_HTS_INPUTS";

    private static string Folder => Path.Combine(DataSetFiles.RepositoryRoot, "data", "products");

    private static JsonNode Manifest => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")))!;

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void TheBundledFileIsTheOneItsManifestDescribes()
    {
        Assert.Equal((string?)Manifest["output"]!["sha256"], Sha256(Path.Combine(Folder, ProductDataJson.FileName)));
        Assert.Equal((string?)Manifest["schema"]!["sha256"], Sha256(Path.Combine(Folder, ProductDataJson.SchemaName)));
    }

    [Fact]
    public void TheBundledFileFollowsItsSchemaAndStaysUnderFiveMegabytes()
    {
        var path = Path.Combine(Folder, ProductDataJson.FileName);
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, ProductDataJson.SchemaName)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(path));
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).Take(5).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
        Assert.True(new FileInfo(path).Length < 5_000_000);
    }

    [Fact]
    public void TheAppCarriesTheBundledFileAndEveryLineReadsBack()
    {
        using var stream = BundledProducts.OpenData();
        var data = ProductDataJson.Read(stream);

        Assert.Equal((int?)Manifest["lines"], data.Lines.Count);
        Assert.Equal((string?)Manifest["lastRevision"], data.LastRevision.Name);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Folder, ProductDataJson.FileName)), ProductDataJson.Write(data));
    }

    [Fact]
    public void EveryProgrammeTheBundledLinesAreListedUnderHasAProgrammeRecord()
    {
        using var stream = BundledProducts.OpenData();
        var ids = ProductDataJson.Read(stream).Lines.SelectMany(l => l.Listings).Select(l => l.Programme).ToHashSet();
        var keys = BundledRecords.ProductProgrammes.Select(p => p.Key).ToHashSet();

        Assert.DoesNotContain(ids, id => !keys.Contains(id));
    }

    [Fact]
    public void TheManifestMatchesTheInputsWhenTheyArePresent()
    {
        var inputs = Environment.GetEnvironmentVariable(InputsVariable);
        if (string.IsNullOrEmpty(inputs) || !Directory.Exists(inputs))
        {
            Assert.Skip($"{InputsVariable} names no folder: set it to a clone of the tariff-rate-tracker repository at the manifest's commit (docs/products.md) to check the manifest against the inputs.");
        }

        var mismatched = Manifest["inputs"]!.AsArray()
            .Select(i => (Path: (string)i!["path"]!, Sha256: (string)i!["sha256"]!))
            .Where(i => !File.Exists(Path.Combine(inputs, i.Path)) || Sha256(Path.Combine(inputs, i.Path)) != i.Sha256)
            .Select(i => i.Path).ToList();

        Assert.True(mismatched.Count == 0, $"Not as the manifest says: {string.Join(", ", mismatched)}");
    }
}
