using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeTalks.People;
using TradeTalks.Time;
using TradeTalks.Timeline;

namespace TradeTalks.Web.Api;

/// <summary>Reads the API's query parameters strictly: a value that cannot be used is a 400 naming the parameter, never a guess.</summary>
public static class ApiInput
{
    /// <remarks>The detail names the parameter too, for a reader who shows only the detail.</remarks>
    public static ProblemHttpResult Parameter(string name, string detail) =>
        TypedResults.Problem(detail.Contains(name, StringComparison.Ordinal) ? detail : $"{name}: {detail}",
            statusCode: StatusCodes.Status400BadRequest, title: $"The parameter \"{name}\" is not valid.",
            extensions: new Dictionary<string, object?> { ["parameter"] = name });

    public static ProblemHttpResult NotFound(string kind, string key, AsOf asOf) =>
        TypedResults.Problem(
            $"No {kind} with the key \"{UserInput.Shorten(key)}\" is on record{(asOf.IsNow ? "" : $" as of {asOf.Day:yyyy-MM-dd}")}. The list endpoint gives the keys.",
            statusCode: StatusCodes.Status404NotFound, title: $"No such {kind}", extensions: new Dictionary<string, object?> { ["parameter"] = "key" });

    public static bool TryAsOf(string? text, TimeProvider time, out AsOf asOf, out ProblemHttpResult problem)
    {
        problem = null!;
        if (AsOf.TryParse(text, time, out asOf, out var error))
        {
            return true;
        }

        problem = Parameter("asOf", error!);
        return false;
    }

    public static bool TryFormat(string? text, out bool csv, out ProblemHttpResult problem)
    {
        problem = null!;
        csv = string.Equals(text, "csv", StringComparison.OrdinalIgnoreCase);
        if (csv || string.IsNullOrEmpty(text) || string.Equals(text, "json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        problem = Parameter("format", $"\"{UserInput.Shorten(text)}\" is not a format here. Use format=json (the default) or format=csv.");
        return false;
    }

    public static bool TryEnum<T>(string? text, string name, out T? value, out ProblemHttpResult problem)
        where T : struct, Enum
    {
        problem = null!;
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _))
        {
            value = parsed;
            return true;
        }

        problem = Parameter(name, $"\"{UserInput.Shorten(text)}\" is not a {name}. Use one of: {string.Join(", ", Enum.GetNames<T>())}.");
        return false;
    }

    public static bool TryDay(string? text, string name, out DateOnly? day, out ProblemHttpResult problem)
    {
        problem = null!;
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (UserInput.TryParseDay(text.Trim(), out var parsed))
        {
            day = parsed;
            return true;
        }

        problem = Parameter(name, $"\"{UserInput.Shorten(text)}\" is not a date. Give it as YYYY-MM-DD, for example 2025-04-10.");
        return false;
    }

    /// <summary>A span of days: from defaults to the first day on record, to to the as-of day, which it may not pass.</summary>
    public static bool TryRange(string? from, string? to, AsOf asOf, int maxDays, out (DateOnly From, DateOnly To) range, out ProblemHttpResult problem)
    {
        range = default;
        if (!TryDay(from, "from", out var start, out problem) || !TryDay(to, "to", out var end, out problem))
        {
            return false;
        }

        var first = start ?? AsOf.Earliest;
        var last = end ?? asOf.Day;
        if (first < AsOf.Earliest.AddYears(-10))
        {
            problem = Parameter("from", $"{first:yyyy-MM-dd} is before the records start; choose a date from {AsOf.Earliest.AddYears(-10):yyyy-MM-dd} on.");
            return false;
        }

        if (last > asOf.Day)
        {
            problem = Parameter("to", $"{last:yyyy-MM-dd} is after the as-of date, {asOf.Day:yyyy-MM-dd}. Give an earlier to, or a later asOf.");
            return false;
        }

        if (first > last)
        {
            // Blame the date that was given: a to before the default from is the to's fault.
            problem = start is null
                ? Parameter("to", $"to ({last:yyyy-MM-dd}) is before the first day on record, {first:yyyy-MM-dd}. Give a later to, or an earlier from.")
                : Parameter("from", $"from ({first:yyyy-MM-dd}) is after to ({last:yyyy-MM-dd}). Give from on or before to.");
            return false;
        }

        if (last.DayNumber - first.DayNumber + 1 > maxDays)
        {
            problem = Parameter("from", $"The span is {last.DayNumber - first.DayNumber + 1} days; at most {maxDays} are answered at once. Ask for a shorter span.");
            return false;
        }

        range = (first, last);
        return true;
    }

    /// <summary>The timeline's filters, as the page reads them from its address; null with a problem when one cannot be used.</summary>
    public static TimelineQuery? TimelineQuery(
        string[]? kinds, string? side, string? person, string? from, string? to, string? text, string? order, string? page, string? pageSize,
        IReadOnlyCollection<Person> people, out ProblemHttpResult problem)
    {
        problem = null!;
        var parsedKinds = new List<TimelineKind>();
        foreach (var kind in kinds ?? [])
        {
            if (!TryEnum<TimelineKind>(kind, "kind", out var k, out problem))
            {
                return null;
            }

            // A blank among the kinds is not "every kind": the reader meant one and it was lost on the way.
            if (k is null)
            {
                problem = Parameter("kind", $"A kind is blank. Give one of: {string.Join(", ", Enum.GetNames<TimelineKind>())}; or leave kind out for every kind.");
                return null;
            }

            parsedKinds.Add(k.Value);
        }

        if (!TryEnum<Side>(side, "side", out var parsedSide, out problem)
            || !TryDay(from, "from", out var fromDay, out problem)
            || !TryDay(to, "to", out var toDay, out problem))
        {
            return null;
        }

        if (fromDay > toDay)
        {
            problem = Parameter("from", $"from ({fromDay:yyyy-MM-dd}) is after to ({toDay:yyyy-MM-dd}). Give from on or before to.");
            return null;
        }

        int? personId = null;
        if (!string.IsNullOrWhiteSpace(person))
        {
            personId = people.FirstOrDefault(p => p.Key == person)?.Id;
            if (personId is null)
            {
                problem = Parameter("person", $"No one on record has the key \"{UserInput.Shorten(person)}\". /api/v1/people lists the keys.");
                return null;
            }
        }

        if (!string.IsNullOrEmpty(order) && order is not ("oldest" or "newest"))
        {
            problem = Parameter("order", $"\"{UserInput.Shorten(order)}\" is not an order. Use newest (the default) or oldest.");
            return null;
        }

        var pageNumber = 1;
        if (!string.IsNullOrEmpty(page) && !(int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) && pageNumber is > 0 and <= 1_000_000))
        {
            problem = Parameter("page", $"\"{UserInput.Shorten(page)}\" is not a page number. Pages count from 1.");
            return null;
        }

        var size = 25;
        if (!string.IsNullOrEmpty(pageSize)
            && !(int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) && size is > 0 and <= Timeline.TimelineQuery.MaxPageSize))
        {
            problem = Parameter("pageSize", $"\"{UserInput.Shorten(pageSize)}\" is not a page size here. Give 1 to {Timeline.TimelineQuery.MaxPageSize}.");
            return null;
        }

        return new TimelineQuery
        {
            Kinds = parsedKinds.Distinct().ToList(),
            Side = parsedSide,
            PersonId = personId,
            From = fromDay,
            To = toDay,
            Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, 200)],
            OldestFirst = order == "oldest",
            Page = pageNumber,
            PageSize = size,
        };
    }
}
