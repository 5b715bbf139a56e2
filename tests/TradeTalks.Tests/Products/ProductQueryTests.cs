using TradeTalks.Products;

namespace TradeTalks.Tests.Products;

/// <summary>A reader's product search is checked before it runs: what cannot be searched for is said, with what to do.</summary>
public sealed class ProductQueryTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("6109")]
    [InlineData("6109.10.00.12")]
    [InlineData("cotton t-shirts")]
    public void ACodeOrWordsCanBeSearchedFor(string? query) => Assert.Null(ProductQuery.Problem(query));

    [Fact]
    public void ATooLongSearchSaysHowLongASearchMayBe() =>
        Assert.StartsWith("A search is at most 100 characters; this one has 101.", ProductQuery.Problem(new string('a', 101)), StringComparison.Ordinal);

    [Theory]
    [InlineData("%%%")]
    [InlineData("<>")]
    public void ASearchWithoutLettersOrDigitsSaysWhatToTypeInstead(string query) =>
        Assert.Contains("has no letters or digits to search for. Search by an HTS code such as 6109.10", ProductQuery.Problem(query), StringComparison.Ordinal);

    [Fact]
    public void ACodeOfMoreThanTenDigitsSaysHowManyACodeHas() =>
        Assert.StartsWith("An HTS code has at most 10 digits; \"6109.10.00.12.34\" has 12.", ProductQuery.Problem("6109.10.00.12.34"), StringComparison.Ordinal);
}
