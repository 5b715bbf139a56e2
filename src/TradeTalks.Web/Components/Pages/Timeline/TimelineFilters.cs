using TradeTalks.Time;
using TradeTalks.People;
using TradeTalks.Timeline;

namespace TradeTalks.Web.Components.Pages.Timeline;

/// <summary>
/// The timeline's filters as they stand in the address, read leniently: a value that cannot be used is dropped
/// and named in <see cref="Problems"/>, so a mistyped link still shows a page.
/// </summary>
public sealed record TimelineFilters
{
    public IReadOnlyList<TimelineKind> Kinds { get; init; } = [];

    public Side? Side { get; init; }

    public string? PersonKey { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Text { get; init; }

    public bool OldestFirst { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <param name="named">The person the <paramref name="person"/> key names, when one does (see PeopleService.GetChoicesAsync).</param>
    public static TimelineFilters Read(
        string[]? kinds, string? side, string? person, string? from, string? to, string? text, string? order,
        Person? named)
    {
        var problems = new List<string>();
        var parsedKinds = new List<TimelineKind>();
        foreach (var kind in kinds ?? [])
        {
            if (Enum.TryParse<TimelineKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k))
            {
                parsedKinds.Add(k);
            }
            else
            {
                problems.Add($"\"{UserInput.Shorten(kind)}\" is not a kind of item; the kinds are {string.Join(", ", Enum.GetNames<TimelineKind>())}.");
            }
        }

        Side? parsedSide = null;
        if (!string.IsNullOrWhiteSpace(side))
        {
            if (Enum.TryParse<Side>(side, ignoreCase: true, out var s) && Enum.IsDefined(s))
            {
                parsedSide = s;
            }
            else
            {
                problems.Add($"\"{UserInput.Shorten(side)}\" is not a side; use UnitedStates, China or Other.");
            }
        }

        string? personKey = null;
        if (!string.IsNullOrWhiteSpace(person))
        {
            if (named is not null && named.Key == person)
            {
                personKey = person;
            }
            else
            {
                problems.Add($"No one on record has the key \"{UserInput.Shorten(person)}\"; choose a person from the list.");
            }
        }

        var fromDay = ReadDay(from, "from", problems);
        var toDay = ReadDay(to, "to", problems);
        if (fromDay > toDay)
        {
            problems.Add("The start date is after the end date; the dates were swapped.");
            (fromDay, toDay) = (toDay, fromDay);
        }

        return new TimelineFilters
        {
            Kinds = parsedKinds.Distinct().ToList(),
            Side = parsedSide,
            PersonKey = personKey,
            From = fromDay,
            To = toDay,
            Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, 200)],
            OldestFirst = string.Equals(order, "oldest", StringComparison.OrdinalIgnoreCase),
            Problems = problems,
        };
    }

    /// <param name="named">The person <see cref="PersonKey"/> names, as <see cref="Read"/> was given it.</param>
    public TimelineQuery ToQuery(Person? named, int pageSize) => new()
    {
        Kinds = Kinds,
        Side = Side,
        PersonId = PersonKey is null ? null : named?.Id,
        From = From,
        To = To,
        Text = Text,
        OldestFirst = OldestFirst,
        PageSize = pageSize,
    };

    /// <summary>The filters as query parameters; null removes a parameter from the address.</summary>
    public Dictionary<string, object?> ToQueryParameters() => new()
    {
        ["kind"] = Kinds.Count == 0 ? null : Kinds.Select(k => k.ToString()).ToArray(),
        ["side"] = Side?.ToString(),
        ["person"] = PersonKey,
        ["from"] = From is { } from ? Shared.AsOfLinks.Format(from) : null,
        ["to"] = To is { } to ? Shared.AsOfLinks.Format(to) : null,
        ["q"] = Text,
        ["order"] = OldestFirst ? "oldest" : null,
    };

    public bool IsFiltered => Kinds.Count > 0 || Side is not null || PersonKey is not null || From is not null || To is not null || Text is not null;


    private static DateOnly? ReadDay(string? text, string name, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (UserInput.TryParseDay(text, out var day))
        {
            return day;
        }

        problems.Add($"The \"{name}\" date \"{UserInput.Shorten(text)}\" is not a date; use YYYY-MM-DD.");
        return null;
    }
}
