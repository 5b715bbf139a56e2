using System.Text.RegularExpressions;

namespace TradeTalks.Web.Editing;

/// <summary>
/// The key a form suggests for a new child record, in the data set's own pattern: the parent's key and the day,
/// "us-301-2024-semiconductors-2025-01-01". A number on the end ("…-2") would read as part of a date, so a second
/// child on one day gets a letter ("…-2025-01-01-b"). Every suggestion fits the schema's key: lower-case words and
/// digits joined by hyphens, at most 80 characters.
/// </summary>
public static partial class ChildKeys
{
    public const int MaxLength = 80;

    public static string Suggest(string? parentKey, string tail, Func<string, bool> isTaken)
    {
        var parent = Clean(parentKey) is { Length: > 0 } p ? p : "new";
        tail = Clean(tail);
        for (var letter = 'a'; ; letter++)
        {
            var suffix = letter == 'a' ? "" : "-" + letter;
            var room = MaxLength - tail.Length - suffix.Length - 1;
            var head = parent.Length > room ? parent[..room].TrimEnd('-') : parent;
            var key = $"{head}-{tail}{suffix}";
            if (!isTaken(key) || letter == 'z')
            {
                return key;
            }
        }
    }

    /// <summary>Whether a key has the shape of a suggestion made from a day, so a new day may replace it.</summary>
    public static bool LooksSuggested(string key) => FromADay().IsMatch(key);

    private static string Clean(string? text) => NotKeyCharacters().Replace((text ?? "").ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotKeyCharacters();

    [GeneratedRegex(@"-\d{4}-\d{2}-\d{2}(-[a-z])?$")]
    private static partial Regex FromADay();
}
