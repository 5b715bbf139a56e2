using TradeTalks.DataSets;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Editing;

namespace TradeTalks.Tests.Products;

/// <summary>Product programmes as records: the data set refuses a bad one by name, and the editor speaks of them in words.</summary>
public sealed class ProductProgrammeRecordTests
{
    [Fact]
    public void AProgrammeNamingATariffLayerNotOnRecordIsRefusedWithTheKeyItNamed()
    {
        var result = DataSetReader.Read(DataSetFiles.With(d => d.Record("productProgrammes", "301-list-3")["layer"] = "us-301-list-9"));

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("$.productProgrammes[", problem.Path, StringComparison.Ordinal);
        Assert.EndsWith("].layer", problem.Path, StringComparison.Ordinal);
        Assert.Contains("no tariff layer has the key \"us-301-list-9\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AProgrammeWithAnEffectTheRulesDoNotKnowIsRefused()
    {
        var result = DataSetReader.Read(DataSetFiles.With(d => d.Record("productProgrammes", "301-list-4b")["effect"] = "Doubles"));

        var problem = Assert.Single(result.Problems);
        Assert.EndsWith("].effect", problem.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("effect", "RemovesSection301", "Section 301 exclusion")]
    [InlineData("basis", "MetalContent", "The metal content only")]
    [InlineData("authority", "Section232", "Section 232")]
    public void TheEditorOffersAProgrammesChoicesInWords(string field, string value, string words)
    {
        var options = EditSchema.Instance.Fields("productProgramme").Single(f => f.Name == field).Options;

        Assert.Equal(words, options.Single(o => o.Value == value).Label);
    }

    [Fact]
    public void EveryProgrammeIdTheProductDataCarriesHasARecord()
    {
        // The ids the bundled product data carries (issue 26), and the three country-wide duties every line pays.
        string[] ids =
        [
            "301-list-1", "301-list-2", "301-list-3", "301-list-3-additional", "301-list-4a", "301-list-4b", "301-2024-25", "301-2024-50",
            "301-2024-100", "301-2024-50-2025", "301-2024-25-2025", "301-2024-2026", "301-chassis", "301-cranes", "301-exclusion",
            "232-steel", "232-aluminium", "232-steel-derivative", "232-aluminium-derivative", "232-copper", "232-auto-parts",
            "232-semiconductors", "232-annex-1a", "232-annex-1b", "232-annex-1c", "232-annex-2", "232-annex-3",
            "reciprocal-exempt-annex-ii", "reciprocal-exempt-electronics", "s122-exempt", "ieepa-fentanyl", "ieepa-reciprocal", "s122",
        ];
        var keys = BundledRecords.ProductProgrammes.Select(p => p.Key).ToHashSet();

        Assert.DoesNotContain(ids, id => !keys.Contains(id));
        Assert.All(BundledRecords.ProductProgrammes, p => Assert.NotEmpty(p.Sources));
    }
}
