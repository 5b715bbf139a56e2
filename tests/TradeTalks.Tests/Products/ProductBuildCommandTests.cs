using System.Security.Cryptography;
using System.Text.Json.Nodes;
using TradeTalks.Tests.Commands;

namespace TradeTalks.Tests.Products;

/// <summary>The <c>products build</c> verb on small hand-made inputs: what it writes, that it writes it the same way each time, and what it says of bad input.</summary>
public sealed class ProductBuildCommandTests : IAsyncLifetime
{
    private const string Commit = "9919812fe16ad61d72318dc7b96d387cc6c226da";
    private readonly ProductInputs _inputs = new();
    private readonly CommandRun _run = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        _inputs.Dispose();
        await _run.DisposeAsync();
    }

    private Task<(int ExitCode, string Output, string Error)> BuildAsync(string output = "out") =>
        _run.RunAsync(["products", "build", "--from", _inputs.Folder, "--commit", Commit, "--out", output]);

    [Fact]
    public async Task TheSameInputsBuildByteIdenticalDataAndAManifestThatDiffersOnlyInItsBuildDate()
    {
        Assert.Equal(0, (await BuildAsync("first")).ExitCode);
        _run.Time.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, (await BuildAsync("second")).ExitCode);

        Assert.Equal(File.ReadAllBytes(_run.PathOf("first/products.json")), File.ReadAllBytes(_run.PathOf("second/products.json")));
        var first = JsonNode.Parse(File.ReadAllText(_run.PathOf("first/manifest.json")))!.AsObject();
        var second = JsonNode.Parse(File.ReadAllText(_run.PathOf("second/manifest.json")))!.AsObject();
        Assert.Equal("2026-11-29T15:00:00Z", (string?)first["builtAt"]);
        Assert.Equal("2026-12-02T15:00:00Z", (string?)second["builtAt"]);
        first.Remove("builtAt");
        second.Remove("builtAt");
        Assert.True(JsonNode.DeepEquals(first, second));
    }

    [Fact]
    public async Task TheManifestNamesTheSourceEachInputsHashTheCreditAndTheOutputsHash()
    {
        var (exitCode, output, _) = await BuildAsync();

        Assert.Equal(0, exitCode);
        Assert.Contains("Built 7 HTS10 lines", output, StringComparison.Ordinal);
        var manifest = JsonNode.Parse(File.ReadAllText(_run.PathOf("out/manifest.json")))!;
        Assert.Equal("https://github.com/arifshehab/tariff-rate-tracker", (string?)manifest["source"]!["repository"]);
        Assert.Equal(Commit, (string?)manifest["source"]!["commit"]);
        Assert.Equal("MIT License; Copyright (c) 2025-2026 The Budget Lab at Yale", (string?)manifest["licence"]);
        Assert.Equal("The Budget Lab at Yale (2026). Tariff Rate Tracker. https://github.com/Budget-Lab-Yale/tariff-rate-tracker", (string?)manifest["credit"]);
        var inputs = manifest["inputs"]!.AsArray().ToDictionary(i => (string)i!["path"]!, i => (string)i!["sha256"]!);
        Assert.Equal(6 + 12 + 3, inputs.Count);
        foreach (var (path, sha256) in inputs)
        {
            Assert.Equal(Sha256(Path.Combine(_inputs.Folder, path)), sha256);
        }

        Assert.Equal(Sha256(_run.PathOf("out/products.json")), (string?)manifest["output"]!["sha256"]);
        Assert.True(File.Exists(_run.PathOf("out/products.schema.json")));
    }

    [Theory]
    [InlineData("resources/s301_product_lists.csv", "hts8,list,ch99_code\n61091000,5C,9903.88.15\n", "resources/s301_product_lists.csv, row 2: list \"5C\" is not one the build knows")]
    [InlineData("resources/s232_copper_products.csv", "hts10,ch99_code\n7403110000\n", "resources/s232_copper_products.csv, row 2: has 1 field(s) where the header names 2.")]
    [InlineData("resources/ieepa_exempt_products.csv", "hts10,effective_date_start,effective_date_end\n8517130000,5 April,NA\n", "resources/ieepa_exempt_products.csv, row 2: effective_date_start \"5 April\" is not a date")]
    [InlineData("resources/s122_exempt_products.csv", "\"hts8\"\n\"1201-90\"\n", "resources/s122_exempt_products.csv, row 2: \"1201-90\" is not an HTS code")]
    [InlineData("config/revision_dates.csv", "revision,effective_date,policy_effective_date\nbasic,2025-01-01,NA\nrev_7,2024-12-01,NA\n", "config/revision_dates.csv, row 3: revision rev_7 takes effect on 2024-12-01, not after")]
    public async Task AMalformedRowIsNamedByFileAndRowAndNothingIsWritten(string file, string text, string message)
    {
        _inputs.Write(file, text);

        var (exitCode, _, error) = await BuildAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("Nothing was written.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_run.PathOf("out/products.json")));
    }

    [Fact]
    public async Task AMissingFileIsNamedWithWhereToGetIt()
    {
        File.Delete(Path.Combine(_inputs.Folder, "data", "hts_archives", "hts_2025_rev_11.json.gz"));

        var (exitCode, _, error) = await BuildAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("data/hts_archives/hts_2025_rev_11.json.gz: no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnArchiveRowWithABadIndentIsNamedByFileAndRow()
    {
        _inputs.WriteArchive("rev_7", new object[] { ProductInputs.Row("6109", 0, "T-shirts"), new { htsno = "6109.10.00", indent = "one", description = "Of cotton", general = "16.5%" } });

        var (exitCode, _, error) = await BuildAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("data/hts_archives/hts_2025_rev_7.json.gz, row 2: indent \"one\" is not a whole number", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShortCommitIsRefusedBeforeAnythingIsRead()
    {
        var (exitCode, _, error) = await _run.RunAsync(["products", "build", "--from", _inputs.Folder, "--commit", "9919812"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("is not a full commit id", error, StringComparison.Ordinal);
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
