using System.Globalization;

namespace TradeTalks.Products;

/// <summary>
/// What is wrong with a reader's product search before it is run, in words that say what to do: too long, nothing to
/// search for, or a code longer than any in the schedule. The search itself takes anything; this keeps a reader from
/// paging through every line because of a stray character.
/// </summary>
public static class ProductQuery
{
    /// <summary>Longer than any useful search: the longest descriptions are found by three or four of their words.</summary>
    public const int MaxLength = 100;

    /// <summary>Why the query cannot be searched for; null when it can (an empty query included).</summary>
    public static string? Problem(string? query)
    {
        var text = query?.Trim() ?? "";
        if (text.Length > MaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"A search is at most {MaxLength} characters; this one has {text.Length}. Search by an HTS code such as 6109.10, or by two or three words of the description.");
        }

        if (text.Length > 0 && !text.Any(char.IsLetterOrDigit))
        {
            return $"\"{Time.UserInput.Shorten(text)}\" has no letters or digits to search for. Search by an HTS code such as 6109.10, or by words such as cotton t-shirts.";
        }

        var digits = text.Count(char.IsAsciiDigit);
        if (digits > 10 && text.All(c => char.IsAsciiDigit(c) || c is '.' or ' '))
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"An HTS code has at most 10 digits; \"{Time.UserInput.Shorten(text)}\" has {digits}. Search by its first 4, 6, 8 or 10 digits.");
        }

        return null;
    }
}
