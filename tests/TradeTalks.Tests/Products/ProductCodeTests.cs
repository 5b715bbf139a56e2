using TradeTalks.Web.Components.Pages.Products;

namespace TradeTalks.Tests.Products;

/// <summary>The code in a product page's address, read as a reader might type it.</summary>
public sealed class ProductCodeTests
{
    [Theory]
    [InlineData("6109100012", ProductCodeKind.Plain, "6109100012")]
    [InlineData("6109.10.00.12", ProductCodeKind.Dotted, "6109100012")]
    [InlineData("6109 10 00 12", ProductCodeKind.Dotted, "6109100012")]
    [InlineData("6109.10", ProductCodeKind.WrongLength, "610910")]
    [InlineData("61091000123", ProductCodeKind.WrongLength, "61091000123")]
    [InlineData("t-shirt", ProductCodeKind.NotACode, "t-shirt")]
    [InlineData("...", ProductCodeKind.NotACode, "")]
    public void ACodeIsTenDigitsWithTheSchedulesDotsOptional(string asked, ProductCodeKind kind, string digits)
    {
        var code = ProductCode.Read(asked);

        Assert.Equal(kind, code.Kind);
        Assert.Equal(digits, code.Digits);
    }

    [Fact]
    public void ACodeOfTheWrongLengthSaysHowManyDigitsItHasAndSearchesForItsStart()
    {
        var code = ProductCode.Read("6109.10");

        Assert.Contains("has 6 digits", code.Problem, StringComparison.Ordinal);
        Assert.Equal("/products?q=610910", code.SearchHref);
    }

    [Fact]
    public void WordsInPlaceOfACodeAreSearchedForAsWords()
    {
        var code = ProductCode.Read("cotton t-shirt");

        Assert.Contains("is not an HTS code", code.Problem, StringComparison.Ordinal);
        Assert.Equal("/products?q=cotton%20t-shirt", code.SearchHref);
    }
}
