using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using TradeTalks.People;
using TradeTalks.Time;
using TradeTalks.Timeline;

namespace TradeTalks.Web.Queries;

/// <summary>
/// The timeline's filters as they stand in the address. /timeline fills it from its query parameters and
/// /api/v1/timeline binds it with <c>[AsParameters]</c>; <see cref="Read"/> is the one place they are made out.
/// </summary>
public sealed record TimelineFilterQuery
{
    [FromQuery(Name = "kind"), Description("Kinds of item, the parameter repeated for several (kind=Talk&kind=Claim); without it, every kind.")] public string[]? Kind { get; init; }

    [FromQuery(Name = "side"), Description("UnitedStates, China or Other: items of that side only.")] public string? Side { get; init; }

    [FromQuery(Name = "person"), Description("A person's key (see /api/v1/people): the items they took part in or are named in.")] public string? Person { get; init; }

    [FromQuery(Name = "from"), Description("The first day, YYYY-MM-DD.")] public string? From { get; init; }

    [FromQuery(Name = "to"), Description("The last day, YYYY-MM-DD.")] public string? To { get; init; }

    [FromQuery(Name = "q"), Description("Words in titles and summaries (up to 200 characters).")] public string? Q { get; init; }

    [FromQuery(Name = "order"), Description("newest (the default) or oldest first.")] public string? Order { get; init; }

    /// <param name="named">The person <see cref="Person"/> names, when one does (PeopleService.FindAsync or GetChoicesAsync).</param>
    public TimelineFilters Read(Person? named)
    {
        var problems = new List<QueryProblem>();
        var kinds = QueryValues.Kinds(Kind, problems);

        var side = QueryValues.Enum<Side>(Side, "side", "side", problems);
        string? personKey = null;
        if (!string.IsNullOrWhiteSpace(Person))
        {
            if (named is not null && named.Key == Person)
            {
                personKey = Person;
            }
            else
            {
                problems.Add(new("person", $"No one on record has the key \"{UserInput.Shorten(Person)}\"; choose a person from the list (/api/v1/people lists the keys)."));
            }
        }

        var from = QueryValues.Day(From, "from", problems);
        var to = QueryValues.Day(To, "to", problems);
        if (from > to)
        {
            problems.Add(new("from", $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd}); give from on or before to."));
            (from, to) = (to, from);
        }

        var oldestFirst = string.Equals(Order, "oldest", StringComparison.OrdinalIgnoreCase);
        if (!string.IsNullOrEmpty(Order) && !oldestFirst && !string.Equals(Order, "newest", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new("order", $"\"{UserInput.Shorten(Order)}\" is not an order; use newest (the default) or oldest."));
        }

        return new TimelineFilters
        {
            Query = new TimelineQuery
            {
                Kinds = kinds.Distinct().ToList(),
                Side = side,
                PersonId = personKey is null ? null : named?.Id,
                From = from,
                To = to,
                Text = QueryValues.Words(Q),
                OldestFirst = oldestFirst,
            },
            PersonKey = personKey,
            Problems = problems,
        };
    }
}
