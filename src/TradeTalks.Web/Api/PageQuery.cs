using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using TradeTalks.Time;
using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Api;

/// <summary>Which page of a long list, and how long a page is.</summary>
public sealed record PageQuery : IGuardedQuery
{
    public const int DefaultSize = 25;

    [FromQuery(Name = "page"), Description("The page, counting from 1. A page past the end is empty.")] public string? Page { get; init; }

    [FromQuery(Name = "pageSize"), Description("Items on a page, 1 to 200; 25 when not given.")] public string? PageSize { get; init; }

    public int Number => Read(Page, 1, 1_000_000) ?? 1;

    public int Size => Read(PageSize, DefaultSize, Timeline.TimelineQuery.MaxPageSize) ?? DefaultSize;

    public QueryProblem? FirstProblem =>
        Read(Page, 1, 1_000_000) is null ? new("page", $"\"{UserInput.Shorten(Page!)}\" is not a page number. Pages count from 1.")
        : Read(PageSize, DefaultSize, Timeline.TimelineQuery.MaxPageSize) is null
            ? new("pageSize", $"\"{UserInput.Shorten(PageSize!)}\" is not a page size here. Give 1 to {Timeline.TimelineQuery.MaxPageSize}.")
            : null;

    /// <summary>A whole number from 1 to <paramref name="max"/>; <paramref name="absent"/> when not given; null when it cannot be used.</summary>
    private static int? Read(string? text, int absent, int max) =>
        string.IsNullOrEmpty(text) ? absent
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= max ? number
        : null;
}
