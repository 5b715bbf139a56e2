using System.Globalization;

namespace TradeTalks.Time;

/// <summary>Reading what a user typed in an address or a field, and quoting it back in messages.</summary>
public static class UserInput
{
    /// <summary>Reads a day written as YYYY-MM-DD, the one date form the dashboard's addresses use.</summary>
    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>The text cut to 40 characters, so a message quoting it stays readable however long the input.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
