using Microsoft.AspNetCore.Http.HttpResults;
using TradeTalks.People;
using TradeTalks.Timeline;
using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Api;

/// <summary>The timeline, with the filters /timeline takes, a page at a time or as one CSV download.</summary>
public static class TimelineApi
{
    internal static async Task<Results<Ok<ApiPage<ApiTimelineItem>>, FileContentHttpResult, ProblemHttpResult>> Page(
        [AsParameters] AsOfQuery query, [AsParameters] TimelineFilterQuery filters, [AsParameters] PageQuery paging, [AsParameters] FormatQuery format,
        TimelineService timeline, PeopleService people, CancellationToken cancellationToken)
    {
        var asOf = query.AsOf;
        var named = string.IsNullOrWhiteSpace(filters.Person) ? null : await people.FindAsync(filters.Person, asOf, cancellationToken);
        var read = filters.Read(named);
        if (read.Problems is [var problem, ..])
        {
            return ApiInput.Parameter(problem.Parameter, problem.Message);
        }

        var search = read.Query with { Page = paging.Number, PageSize = paging.Size };
        if (format.Csv)
        {
            var rows = new List<ApiTimelineItem>();
            var all = search with { Page = 1, PageSize = TimelineQuery.MaxPageSize };
            while (rows.Count < ApiEndpoints.MaxCsvRows)
            {
                var chunk = await timeline.SearchAsync(all, asOf, cancellationToken);
                rows.AddRange(chunk.Items.Select(Of));
                if (all.Page >= chunk.PageCount)
                {
                    break;
                }

                all = all with { Page = all.Page + 1 };
            }

            return ApiEndpoints.Csv(rows.Select(CsvFiles.TimelineRow.Of), "timeline", asOf);
        }

        var result = await timeline.SearchAsync(search, asOf, cancellationToken);

        // A page past the end is empty, so a reader that pages until it finds no items stops.
        IReadOnlyList<ApiTimelineItem> items = search.Page > Math.Max(1, result.PageCount) ? [] : [.. result.Items.Select(Of)];
        return TypedResults.Ok(new ApiPage<ApiTimelineItem>(asOf.Instant, search.Page, result.PageSize, result.TotalCount, result.PageCount, items));
    }

    private static ApiTimelineItem Of(TimelineItem i) => new(
        i.Kind.ToString(), i.RecordKey, i.Day, i.LastDay, i.Title, i.Summary, i.Side?.ToString(),
        [.. i.People.Select(p => new ApiPersonRef(p.Key, p.Name))], i.Detail, Components.Shared.Figures.Text(i.Figure),
        [.. i.Sources.Select(s => new ApiSource(s.Key, s.Publisher, s.Title, s.Url, s.PublishedOn, s.PublisherSiteOnly, s.Kind.ToString()))]);
}
