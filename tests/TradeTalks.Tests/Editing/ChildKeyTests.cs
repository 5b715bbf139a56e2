using System.Text.RegularExpressions;
using TradeTalks.Web.Editing;

namespace TradeTalks.Tests.Editing;

/// <summary>The key a form suggests for a new child (a layer's change): the data set's own pattern, parent and day.</summary>
public sealed partial class ChildKeyTests
{
    [Fact]
    public void AChildsKeyIsItsParentsKeyAndTheDayItTakesEffect() =>
        Assert.Equal("us-301-2024-semiconductors-2025-06-01", ChildKeys.Suggest("us-301-2024-semiconductors", "2025-06-01", _ => false));

    [Fact]
    public void ASecondChildOnTheSameDayGetsALetterRatherThanANumberThatReadsAsPartOfTheDate()
    {
        var taken = new HashSet<string> { "us-fentanyl-2025-03-04", "us-fentanyl-2025-03-04-b" };

        Assert.Equal("us-fentanyl-2025-03-04-c", ChildKeys.Suggest("us-fentanyl", "2025-03-04", taken.Contains));
    }

    [Fact]
    public void ASuggestionFromALongParentKeyStillFitsTheSchemasKeyPattern()
    {
        var parent = string.Join("-", Enumerable.Repeat("semiconductors", 6))[..78];

        var key = ChildKeys.Suggest(parent, "2025-06-01", _ => false);

        Assert.Matches(KeyPattern(), key);
        Assert.True(key.Length <= 80, key);
        Assert.EndsWith("-2025-06-01", key, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAParentKeyYetTheSuggestionStillFitsThePattern() =>
        Assert.Matches(KeyPattern(), ChildKeys.Suggest(null, "2025-06-01", _ => false));

    /// <summary>The pattern of <c>$defs.key</c> in data/tradetalks.schema.json.</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
