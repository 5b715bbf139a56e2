using TradeTalks.Products;

namespace TradeTalks.Tests.Products;

/// <summary>Looking products up and searching them, on a handful of lines.</summary>
public sealed class ProductIndexTests
{
    private static readonly ProductIndex Index = new(new ProductData(
        [new ScheduleRevision("2025 Basic Edition", new DateOnly(2025, 1, 1))],
        [
            Line("8517130000", "Telephone sets, including smartphones:", "Smartphones"),
            Line("6109100012", "T-shirts, singlets, tank tops and similar garments, knitted or crocheted:", "Of cotton", "Men's or boys':", "T-shirts, all white, short hemmed sleeves"),
            Line("6109100040", "T-shirts, singlets, tank tops and similar garments, knitted or crocheted:", "Of cotton", "Tank tops"),
            Line("6109908010", "T-shirts, singlets, tank tops and similar garments, knitted or crocheted:", "Of other textile materials:", "Of man-made fibers"),
            Line("1201900010", "Soybeans, whether or not broken:", "Other", "Yellow soybeans"),
        ]));

    private static ProductLine Line(string code, params string[] path) =>
        new(code, path, new DaySpan(new DateOnly(2025, 1, 1), null), [], []);

    private static string[] Codes(Paged<ProductLine> page) => [.. page.Items.Select(l => l.Hts10)];

    [Theory]
    [InlineData("6109100012")]
    [InlineData("6109.10.00.12")]
    [InlineData(" 6109.10.0012 ")]
    public void ALineIsFoundByItsTenDigitsWithOrWithoutDots(string code) => Assert.Equal("6109100012", Index.Find(code)?.Hts10);

    [Theory]
    [InlineData("6109100013")]
    [InlineData("6109")]
    [InlineData("smartphones")]
    [InlineData("")]
    public void ACodeNoLineHasFindsNothing(string code) => Assert.Null(Index.Find(code));

    [Theory]
    [InlineData("6109")]
    [InlineData("6109.")]
    [InlineData("61")]
    public void APrefixOfAnyLengthFindsEveryLineUnderItInCodeOrder(string prefix) =>
        Assert.Equal(["6109100012", "6109100040", "6109908010"], Codes(Index.Search(prefix, 1, 10)));

    [Fact]
    public void APrefixWithDotsFindsWhatTheSameDigitsFind() =>
        Assert.Equal(Codes(Index.Search("610910", 1, 10)), Codes(Index.Search("6109.10", 1, 10)));

    [Fact]
    public void WordsFindTheLinesWhosePathHoldsEveryOneInAnyCase()
    {
        Assert.Equal(["6109100012", "6109100040"], Codes(Index.Search("COTTON t-shirts", 1, 10)));
        Assert.Equal(["6109100012"], Codes(Index.Search("cotton white", 1, 10)));
    }

    [Fact]
    public void AWordFindsTheWordsItBegins() => Assert.Equal(["1201900010"], Codes(Index.Search("soybean", 1, 10)));

    [Fact]
    public void WordsNoLineHoldsFindNothingOnASinglePage()
    {
        var page = Index.Search("cotton smartphones", 1, 10);

        Assert.Empty(page.Items);
        Assert.Equal(0, page.Total);
        Assert.Equal(1, page.PageCount);
    }

    [Fact]
    public void ResultsComeAPageAtATimeWithTheirTotalAndAPagePastTheEndIsTheLast()
    {
        var second = Index.Search("", 2, 2);
        var past = Index.Search("", 9, 2);

        Assert.Equal(["6109100040", "6109908010"], Codes(second));
        Assert.Equal(5, second.Total);
        Assert.Equal(3, second.PageCount);
        Assert.Equal(3, past.Page);
        Assert.Equal(["8517130000"], Codes(past));
    }
}
