namespace TradeTalks.Time;

/// <summary>Helpers for echoing what a user typed back in a message.</summary>
public static class UserInput
{
    /// <summary>The text cut to 40 characters, so a message quoting it stays readable however long the input.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
