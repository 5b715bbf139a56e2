using TradeTalks.Products;

namespace TradeTalks.Tests.Products;

/// <summary>The lines a programme's listings name on a day: the counts /tariffs links with and the list they open.</summary>
public sealed class ProductIndexProgrammeTests
{
    private static readonly DateOnly Start = new(2025, 1, 1);
    private static readonly DateOnly April = new(2025, 4, 5);

    private static readonly ProductIndex Index = new(new ProductData(
        [new ScheduleRevision("2025 Basic Edition", Start)],
        [
            Line("8517130000", ["Telephone sets:", "Smartphones"], new ProductListing("reciprocal-exempt-electronics", "9903.01.32", new(April, null))),
            Line("6109100012", ["T-shirts:", "Of cotton"], new ProductListing("301-list-4a", "9903.88.15", new(Start, null))),
            Line("6109100040", ["T-shirts:", "Tank tops"], new ProductListing("301-list-4a", "9903.88.15", new(Start, null))),
            Line("1201900010", ["Soybeans:", "Yellow soybeans"], new ProductListing("301-list-3", "9903.88.03", new(Start, null))),
            // Two headings of one programme name this line: it is counted once.
            Line("7308900000", ["Structures of iron or steel:", "Other"],
                new ProductListing("232-steel-derivative", "9903.81.89", new(Start, null)),
                new ProductListing("232-steel-derivative", "9903.81.90", new(Start, null)),
                new ProductListing("301-list-3", "9903.88.03", new(Start, new DateOnly(2025, 3, 1)))),
        ]));

    private static ProductLine Line(string code, string[] path, params ProductListing[] listings) =>
        new(code, path, new DaySpan(Start, null), [], listings);

    private static string[] Codes(Paged<ProductLine> page) => [.. page.Items.Select(l => l.Hts10)];

    [Fact]
    public void EachProgrammeCountsTheLinesItsListingsNameOnTheDay()
    {
        var counts = Index.CountListedOn(new DateOnly(2025, 2, 1));

        Assert.Equal(2, counts["301-list-4a"]);
        Assert.Equal(2, counts["301-list-3"]);
        Assert.Equal(1, counts["232-steel-derivative"]);
        // The electronics exemption began in April: on 1 February it names nothing and is left out.
        Assert.False(counts.ContainsKey("reciprocal-exempt-electronics"));
    }

    [Fact]
    public void AListingThatHasEndedNoLongerCounts()
    {
        var counts = Index.CountListedOn(new DateOnly(2025, 6, 1));

        Assert.Equal(1, counts["301-list-3"]);
        Assert.Equal(1, counts["reciprocal-exempt-electronics"]);
    }

    [Fact]
    public void AProgrammesListHoldsItsLinesInCodeOrder() =>
        Assert.Equal(["1201900010", "7308900000"], Codes(Index.SearchListed(null, "301-list-3", new DateOnly(2025, 2, 1), 1, 20)));

    [Theory]
    [InlineData("6109.10.00.1", "6109100012")]
    [InlineData("tank", "6109100040")]
    public void AQueryNarrowsAProgrammesListByCodeOrWords(string query, string code) =>
        Assert.Equal([code], Codes(Index.SearchListed(query, "301-list-4a", Start, 1, 20)));

    [Fact]
    public void AProgrammeNoListingNamesListsNothing()
    {
        var page = Index.SearchListed(null, "no-such-programme", Start, 1, 20);

        Assert.Equal(0, page.Total);
        Assert.Empty(page.Items);
    }

    [Fact]
    public void AProgrammesListIsPaged()
    {
        var second = Index.SearchListed(null, "301-list-4a", Start, 2, 1);

        Assert.Equal(["6109100040"], Codes(second));
        Assert.Equal(2, second.Total);
        Assert.Equal(2, second.PageCount);
    }
}
