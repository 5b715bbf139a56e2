using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using TradeTalks.Changes;
using TradeTalks.Time;

namespace TradeTalks.Web.Queries;

/// <summary>
/// The span and filters of "what changed" as they stand in the address: /changes fills it from its query parameters,
/// /api/v1/changes and the feed bind it with <c>[AsParameters]</c>, and <see cref="Read"/> is the one place they are
/// made out. Without dates it is the last seven days up to the as-of date.
/// </summary>
public sealed record ChangesQuery : IGuardedQuery
{
    /// <summary>The longest span answered at once, as for the daily rates.</summary>
    public const int MaxDays = 3660;

    [FromQuery(Name = "from"), Description("The first day, YYYY-MM-DD; without it, six days before to (seven days in all).")] public string? From { get; init; }

    [FromQuery(Name = "to"), Description("The last day, YYYY-MM-DD, not after the as-of date; without it, the as-of date.")] public string? To { get; init; }

    [FromQuery(Name = "kind"), Description("Kinds of item, the parameter repeated for several (kind=Talk&kind=TariffChange); without it, every kind.")] public string[]? Kind { get; init; }

    [FromQuery(Name = "side"), Description("UnitedStates, China or Other: that side's changes only.")] public string? Side { get; init; }

    /// <summary>What can be told without the as-of date: a value that is not a date, kind or side.</summary>
    public QueryProblem? FirstProblem => Read(null).Problems.FirstOrDefault();

    /// <summary>The span and filters for the as-of date; a value that cannot be used is named in the problems and the default is used instead.</summary>
    /// <param name="asOf">Null only to check the values alone.</param>
    public ChangesRequest Read(AsOf? asOf)
    {
        var problems = new List<QueryProblem>();
        var kinds = QueryValues.Kinds(Kind, problems);

        var side = QueryValues.Enum<Side>(Side, "side", "side", problems);
        var from = Within(QueryValues.Day(From, "from", problems), "from", problems);
        var to = Within(QueryValues.Day(To, "to", problems), "to", problems);
        var last = asOf?.Day ?? DateOnly.MaxValue.AddDays(-MaxDays);
        if (to > last)
        {
            problems.Add(new("to", $"to ({to:yyyy-MM-dd}) is after the as-of date, {last:yyyy-MM-dd}; nothing later is on record then. Give an earlier to, or a later asOf."));
            to = last;
        }

        to ??= from is { } start && start.AddDays(ChangeSpan.DefaultDays - 1) < last ? start.AddDays(ChangeSpan.DefaultDays - 1) : last;
        from ??= to.Value.AddDays(1 - ChangeSpan.DefaultDays);
        if (from > to)
        {
            problems.Add(new("from", $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd}); give from on or before to."));
            (from, to) = (to, from);
        }

        if (to.Value.DayNumber - from.Value.DayNumber + 1 > MaxDays)
        {
            problems.Add(new("from", $"The span is {to.Value.DayNumber - from.Value.DayNumber + 1} days; at most {MaxDays} are answered at once. Give a later from."));
            from = to.Value.AddDays(1 - MaxDays);
        }

        return new ChangesRequest(new ChangeSpan(from.Value, to.Value), new ChangeFilter(kinds.Distinct().ToList(), side), problems);
    }

    /// <summary>A day no record can be near (year 1, year 9999) is refused rather than counted from.</summary>
    private static DateOnly? Within(DateOnly? day, string parameter, List<QueryProblem> problems)
    {
        var earliest = AsOf.Earliest.AddYears(-10);
        var latest = AsOf.Earliest.AddYears(100);
        if (day is { } d && (d < earliest || d > latest))
        {
            problems.Add(new(parameter, $"The \"{parameter}\" date {d:yyyy-MM-dd} is outside the record; choose a date from {earliest:yyyy-MM-dd} on."));
            return null;
        }

        return day;
    }
}

/// <summary>The span and filters made out, and what in the address could not be used.</summary>
public sealed record ChangesRequest(ChangeSpan Span, ChangeFilter Filter, IReadOnlyList<QueryProblem> Problems);
