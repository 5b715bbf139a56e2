using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using TradeTalks.Changes;
using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Feeds;

/// <summary>Which developments a feed follows: <c>/feed.atom?kind=TariffChange&amp;side=China</c>, as the timeline filters them.</summary>
public sealed record FeedQuery : IGuardedQuery
{
    [FromQuery(Name = "kind"), Description("Kinds of item, the parameter repeated for several (kind=Talk&kind=TariffChange); without it, every kind.")] public string[]? Kind { get; init; }

    [FromQuery(Name = "side"), Description("UnitedStates, China or Other: that side's developments only.")] public string? Side { get; init; }

    public QueryProblem? FirstProblem => Read().Problems.FirstOrDefault();

    public (ChangeFilter Filter, IReadOnlyList<QueryProblem> Problems) Read()
    {
        // The same kinds and side as "what changed", read the same way.
        var read = new ChangesQuery { Kind = Kind, Side = Side }.Read(null);
        return (read.Filter, read.Problems);
    }
}
