using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using TradeTalks.Time;
using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Api;

/// <summary>How a list is answered: JSON, or with format=csv a spreadsheet download.</summary>
public sealed record FormatQuery : IGuardedQuery
{
    [FromQuery(Name = "format"), Description("json (the default) or csv: a spreadsheet download of the same items.")] public string? Format { get; init; }

    public bool Csv => string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase);

    public QueryProblem? FirstProblem =>
        Csv || string.IsNullOrEmpty(Format) || string.Equals(Format, "json", StringComparison.OrdinalIgnoreCase)
            ? null
            : new("format", $"\"{UserInput.Shorten(Format)}\" is not a format here. Use format=json (the default) or format=csv.");
}
