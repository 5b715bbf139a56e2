using TradeTalks.People;
using TradeTalks.Timeline;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Web.Queries;

/// <summary>
/// The timeline's filters as <see cref="TimelineFilterQuery.Read"/> makes them out: a value that could not be used is
/// left out and named in <see cref="Problems"/>, so a mistyped link still shows a page (and the API answers a 400).
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

    public IReadOnlyList<QueryProblem> Problems { get; init; } = [];

    /// <param name="named">The person <see cref="PersonKey"/> names, as <see cref="TimelineFilterQuery.Read"/> was given it.</param>
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
        ["from"] = From is { } from ? AsOfLinks.Format(from) : null,
        ["to"] = To is { } to ? AsOfLinks.Format(to) : null,
        ["q"] = Text,
        ["order"] = OldestFirst ? "oldest" : null,
    };

    public bool IsFiltered => Kinds.Count > 0 || Side is not null || PersonKey is not null || From is not null || To is not null || Text is not null;
}
