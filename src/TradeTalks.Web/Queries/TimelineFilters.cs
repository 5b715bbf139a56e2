using TradeTalks.Timeline;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Web.Queries;

/// <summary>
/// The timeline's filters as <see cref="TimelineFilterQuery.Read"/> makes them out: a value that could not be used is
/// left out and named in <see cref="Problems"/>, so a mistyped link still shows a page (and the API answers a 400).
/// </summary>
public sealed record TimelineFilters
{
    /// <summary>The filters as the timeline service takes them; its person is the one <see cref="PersonKey"/> names.</summary>
    public TimelineQuery Query { get; init; } = new();

    public string? PersonKey { get; init; }

    public IReadOnlyList<QueryProblem> Problems { get; init; } = [];

    public IReadOnlyCollection<TimelineKind> Kinds => Query.Kinds;

    public Side? Side => Query.Side;

    public DateOnly? From => Query.From;

    public DateOnly? To => Query.To;

    public string? Text => Query.Text;

    public bool OldestFirst => Query.OldestFirst;

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
