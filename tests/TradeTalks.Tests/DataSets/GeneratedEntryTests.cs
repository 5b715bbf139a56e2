using System.Text.Json;
using System.Text.Json.Nodes;
using TradeTalks.DataSets;
using TradeTalks.Tariffs;

namespace TradeTalks.Tests.DataSets;

/// <summary>
/// The entries are generated from the entities (src/TradeTalks.Generators); the schema that editors check the data set
/// against is written by hand. A field added to an entity shows up in the data set, so the two must agree.
/// </summary>
public sealed class GeneratedEntryTests
{
    [Fact]
    public void EveryEntryHasTheFieldsTheSchemaGivesItsKindAndRequiresTheSameOnes()
    {
        var definitions = JsonNode.Parse(DataSetSchema.Text)!["$defs"]!.AsObject();

        Assert.All(Kinds.All, kind =>
        {
            var definition = definitions[JsonNamingPolicy.CamelCase.ConvertName(kind.EntryType.Name[..^"Entry".Length])]!;
            var fields = DataSetJson.Options.GetTypeInfo(kind.EntryType).Properties;
            Assert.Equal(definition["properties"]!.AsObject().Select(p => p.Key).Order(), fields.Select(f => f.Name).Order());
            Assert.Equal(definition["required"]!.AsArray().Select(r => (string)r!).Order(), fields.Where(f => f.IsRequired).Select(f => f.Name).Order());
        });
    }

    [Fact]
    public void AnExportedRecordLeavesOutWhatOnlyTheStoreKeepsAndWhatHoldsItsDefault()
    {
        var layer = new TariffLayer { Id = 3, Key = "us-reciprocal", Name = "Reciprocal" };
        var change = new TariffChange
        {
            Id = 7, Key = "us-reciprocal-10", LayerId = layer.Id, Layer = layer, Rate = 10, EffectiveOn = new DateOnly(2025, 5, 14),
            EffectiveAt = DataSetRules.DefaultEffectiveAt(new DateOnly(2025, 5, 14)), Cause = "Geneva", UpdatedAt = DateTimeOffset.UnixEpoch,
        };

        var written = DataSetEntries.ToJson(Kinds.TariffChanges.ToEntry(change));

        Assert.Equal(["key", "rate", "effectiveOn", "cause", "sources"], written.Select(p => p.Key));
    }
}
