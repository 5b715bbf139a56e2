using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using TradeTalks.Measures;

namespace TradeTalks.Web.Queries;

/// <summary>The measures' filters as they stand in the address, read by /measures and bound by /api/v1/measures.</summary>
public sealed record MeasureFilterQuery : IGuardedQuery
{
    [FromQuery(Name = "side"), Description("UnitedStates, China or Other: that side's measures only.")] public string? Side { get; init; }

    [FromQuery(Name = "kind"), Description("A kind of measure (ExportControl, EntityListing, ...): that kind only.")] public string? Kind { get; init; }

    public QueryProblem? FirstProblem => Read().Problems.FirstOrDefault();

    public MeasureFilters Read()
    {
        var problems = new List<QueryProblem>();
        return new MeasureFilters(
            QueryValues.Enum<Side>(Side, "side", "side", problems), QueryValues.Enum<MeasureKind>(Kind, "kind", "kind of measure", problems), problems);
    }
}

/// <summary>The measures' filters made out: a value that could not be used is null and named in <see cref="Problems"/>.</summary>
public sealed record MeasureFilters(Side? Side, MeasureKind? Kind, IReadOnlyList<QueryProblem> Problems);
