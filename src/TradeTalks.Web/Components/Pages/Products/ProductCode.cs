namespace TradeTalks.Web.Components.Pages.Products;

/// <summary>What the code in a product page's address is: ten plain digits (the page's one address), the same with dots
/// (sent on to the plain form), digits of another length (no such line), or not a code at all.</summary>
public enum ProductCodeKind
{
    Plain,
    Dotted,
    WrongLength,
    NotACode,
}

/// <summary>The code in <c>/products/{code}</c>, read leniently: dots and spaces are the schedule's punctuation, not part of it.</summary>
public sealed record ProductCode(ProductCodeKind Kind, string Digits, string Asked)
{
    public static ProductCode Read(string? asked)
    {
        var text = (asked ?? "").Trim();
        var digits = new string([.. text.Where(c => c is not ('.' or ' '))]);
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return new(ProductCodeKind.NotACode, digits, text);
        }

        if (digits.Length != 10)
        {
            return new(ProductCodeKind.WrongLength, digits, text);
        }

        return new(digits == text ? ProductCodeKind.Plain : ProductCodeKind.Dotted, digits, text);
    }

    /// <summary>Why the page cannot show a line for this code, in words that say what to do instead.</summary>
    public string? Problem => Kind switch
    {
        ProductCodeKind.NotACode =>
            $"“{Asked}” is not an HTS code. A product's code is ten digits, with or without dots, such as 6109.10.00.12 or 6109100012.",
        ProductCodeKind.WrongLength =>
            $"“{Asked}” has {Digits.Length} digits; a product line's code has ten (such as 6109.10.00.12). Search for the lines it starts.",
        _ => null,
    };

    /// <summary>The product search for what was asked: its digits where it had some, else its words.</summary>
    public string SearchHref => "/products?q=" + Uri.EscapeDataString(Kind == ProductCodeKind.NotACode ? Asked : Digits);
}
