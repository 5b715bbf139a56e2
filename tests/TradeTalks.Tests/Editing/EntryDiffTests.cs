using System.Text.Json.Nodes;
using TradeTalks.History;

namespace TradeTalks.Tests.Editing;

public sealed class EntryDiffTests
{
    [Fact]
    public void ChildrenAreComparedByKeyWhateverTheirOrder()
    {
        var before = JsonNode.Parse("""{"key":"l","name":"A","changes":[{"key":"c1","rate":10},{"key":"c2","rate":20}]}""");
        var after = JsonNode.Parse("""{"key":"l","name":"A","changes":[{"key":"c2","rate":25},{"key":"c1","rate":10}]}""");

        var difference = Assert.Single(EntryDiff.Compare(before, after));

        Assert.Equal(new FieldDifference("changes[c2].rate", "20", "25"), difference);
    }

    [Fact]
    public void AListOfKeysIsOneFieldAndAnAbsentFieldIsNull()
    {
        var before = JsonNode.Parse("""{"key":"t","sources":["a","b"]}""");
        var after = JsonNode.Parse("""{"key":"t","sources":["a"],"note":"New"}""");

        Assert.Equal(
            [new FieldDifference("sources", "a, b", "a"), new FieldDifference("note", null, "New")],
            EntryDiff.Compare(before, after).OrderBy(d => d.Field == "note"));
        Assert.Equal(3, EntryDiff.Compare(null, after).Count);
    }
}
