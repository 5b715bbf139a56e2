using TradeTalks.Timeline;
using TradeTalks.Web.Queries;

namespace TradeTalks.Tests.Timeline;

/// <summary>The one reading of the timeline's query string, which /timeline and /api/v1/timeline share.</summary>
public sealed class TimelineFilterQueryTests
{
    [Fact]
    public void ValuesThatCannotBeUsedAreNamedByParameterAndTheRestStillApply()
    {
        var filters = new TimelineFilterQuery { Kind = ["Talk", "Rumour"], Side = "Mars", Q = "  tariff truce  ", Order = "OLDEST" }.Read(null);

        Assert.Equal([TimelineKind.Talk], filters.Kinds);
        Assert.Null(filters.Side);
        Assert.Equal("tariff truce", filters.Text);
        Assert.True(filters.OldestFirst);
        Assert.Equal(["kind", "side"], filters.Problems.Select(p => p.Parameter));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("")]
    [InlineData(" ")]
    public void ANumberOrABlankIsNotAKind(string kind)
    {
        var filters = new TimelineFilterQuery { Kind = [kind] }.Read(null);

        Assert.Empty(filters.Kinds);
        Assert.Equal("kind", Assert.Single(filters.Problems).Parameter);
    }

    [Fact]
    public void DatesTheWrongWayRoundAreNamedAndSwapped()
    {
        var filters = new TimelineFilterQuery { From = "2025-06-01", To = "2025-05-01" }.Read(null);

        Assert.Equal(new DateOnly(2025, 5, 1), filters.From);
        Assert.Equal(new DateOnly(2025, 6, 1), filters.To);
        Assert.Contains("from (2025-06-01) is after to (2025-05-01)", Assert.Single(filters.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APersonKeyCountsOnlyWhenItNamesThePersonFound()
    {
        var found = new TradeTalks.People.Person { Id = 7, Key = "he-lifeng", Name = "He Lifeng", Title = "Vice Premier", Organisation = "State Council" };

        var named = new TimelineFilterQuery { Person = "he-lifeng" }.Read(found);
        var unknown = new TimelineFilterQuery { Person = "nobody" }.Read(null);

        Assert.Equal("he-lifeng", named.PersonKey);
        Assert.Equal(7, named.Query.PersonId);
        Assert.Empty(named.Problems);
        Assert.Null(unknown.PersonKey);
        Assert.Equal("person", Assert.Single(unknown.Problems).Parameter);
    }
}
