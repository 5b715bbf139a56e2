using TradeTalks.Time;

namespace TradeTalks.Web.Queries;

/// <summary>
/// Reads one query value for the records the pages and the API share. A value that cannot be used adds a problem
/// naming its parameter and reads as not given, so the rest of the query still counts.
/// </summary>
public static class QueryValues
{
    /// <summary>A name from <typeparamref name="T"/>, in any case; a number is not one (it would pass for any value).</summary>
    /// <param name="noun">What the value is, in the reader's words; it includes the parameter's name ("kind of measure").</param>
    public static T? Enum<T>(string? text, string parameter, string noun, List<QueryProblem> problems)
        where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        problems.Add(new(parameter, $"\"{UserInput.Shorten(text)}\" is not a {noun}; use one of: {string.Join(", ", System.Enum.GetNames<T>())}."));
        return null;
    }

    /// <summary>The timeline's kinds of item, the parameter repeated for several; none is every kind.</summary>
    public static List<Timeline.TimelineKind> Kinds(string[]? texts, List<QueryProblem> problems)
    {
        var kinds = new List<Timeline.TimelineKind>();
        foreach (var text in texts ?? [])
        {
            // A blank among the kinds is not "every kind": the reader meant one and it was lost on the way.
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new("kind", $"A kind is blank. Give one of: {string.Join(", ", System.Enum.GetNames<Timeline.TimelineKind>())}; or leave kind out for every kind."));
            }
            else if (Enum<Timeline.TimelineKind>(text, "kind", "kind of item", problems) is { } kind)
            {
                kinds.Add(kind);
            }
        }

        return kinds;
    }

    /// <summary>A day as YYYY-MM-DD.</summary>
    public static DateOnly? Day(string? text, string parameter, List<QueryProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (UserInput.TryParseDay(text, out var day))
        {
            return day;
        }

        problems.Add(new(parameter, $"The \"{parameter}\" date \"{UserInput.Shorten(text)}\" is not a date; give it as YYYY-MM-DD, for example 2025-04-10."));
        return null;
    }

    /// <summary>Words to search for, trimmed and cut to 200 characters; blank is none.</summary>
    public static string? Words(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, 200)];
}
