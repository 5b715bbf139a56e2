using Microsoft.AspNetCore.Http.HttpResults;
using TradeTalks.Time;
using TradeTalks.Web.Queries;

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

    /// <summary>A span of days: from defaults to the first day on record, to to the as-of day, which it may not pass.</summary>
    public static bool TryRange(string? from, string? to, AsOf asOf, int maxDays, out (DateOnly From, DateOnly To) range, out ProblemHttpResult problem)
    {
        range = default;
        problem = null!;
        var problems = new List<QueryProblem>();
        var start = QueryValues.Day(from, "from", problems);
        var end = QueryValues.Day(to, "to", problems);
        if (problems is [var unusable, ..])
        {
            problem = Parameter(unusable.Parameter, unusable.Message);
            return false;
        }

        var last = end ?? asOf.Day;
        // Without a from, the longest span answered that ends on the last day, from the first day on record at most.
        var earliestAnswered = (long)last.DayNumber - maxDays + 1;
        var first = start ?? (earliestAnswered > AsOf.Earliest.DayNumber ? DateOnly.FromDayNumber((int)earliestAnswered) : AsOf.Earliest);
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
}
