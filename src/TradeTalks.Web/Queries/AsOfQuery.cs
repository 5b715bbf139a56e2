using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Mvc;
using TradeTalks.Time;

namespace TradeTalks.Web.Queries;

/// <summary>
/// The point in the record a reader asks for: the as-of date. Every reading page (through <c>AsOfState</c>) and every
/// API endpoint (bound with <c>[AsParameters]</c>, checked by <c>QueryGuard</c> on the route group) reads it here.
/// The published and version parameters that issue 22 adds belong here too, so that each page and endpoint takes them
/// and the one guard checks them.
/// </summary>
public sealed record AsOfQuery : IGuardedQuery
{
    [FromQuery(Name = "asOf"), Description("The as-of date, YYYY-MM-DD: the answer is what was on record at the end of that day in US Eastern time. Without it, now.")] public string? Text { get; init; }

    [FromServices]
    public TimeProvider Time { get; init; } = null!;

    /// <summary>The as-of instant asked for. A bad date throws: read it behind the guard, or after <see cref="TryRead"/>.</summary>
    public AsOf AsOf => TryRead(out var asOf, out var problem) ? asOf : throw new InvalidOperationException(problem.Message);

    public QueryProblem? FirstProblem => TryRead(out _, out var problem) ? null : problem;

    /// <summary>The as-of instant; without a date, now. False with a problem naming asOf when the date cannot be used.</summary>
    public bool TryRead(out AsOf asOf, [NotNullWhen(false)] out QueryProblem? problem)
    {
        problem = AsOf.TryParse(Text, Time, out asOf, out var error) ? null : new QueryProblem("asOf", error!);
        return problem is null;
    }
}
