using Microsoft.AspNetCore.Http.HttpResults;
using TradeTalks.DataSets;
using TradeTalks.Indicators;
using TradeTalks.Sources;
using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Api;

/// <summary>The sources with what cites them, and the indicator releases.</summary>
public static class SourceApi
{
    internal static async Task<Results<Ok<ApiList<ApiIndicatorRelease>>, FileContentHttpResult>> Indicators(
        [AsParameters] AsOfQuery query, [AsParameters] FormatQuery format, IndicatorService indicators, CancellationToken cancellationToken) =>
        ApiEndpoints.ListOrCsv(query, format, (await indicators.GetReleasesAsync(query.AsOf, cancellationToken)).Select(Of), CsvFiles.IndicatorRow.Of, "indicators");

    internal static async Task<Ok<ApiList<ApiSourceRecord>>> Sources([AsParameters] AsOfQuery query, SourceService sources, CancellationToken cancellationToken) =>
        ApiEndpoints.List(query, (await sources.GetAllAsync(query.AsOf, cancellationToken)).Select(Of));

    internal static async Task<Results<Ok<ApiSourceRecord>, ProblemHttpResult>> Source(
        string key, [AsParameters] AsOfQuery query, SourceService sources, CancellationToken cancellationToken) =>
        ApiEndpoints.Found(await sources.FindAsync(key, query.AsOf, cancellationToken), Of, Kinds.Sources.Noun, key, query);

    private static ApiSourceRecord Of(SourceWithCitations s) => new(
        s.Source.Key, s.Source.Publisher, s.Source.Title, s.Source.Url, s.Source.PublisherSiteOnly, s.Source.Kind.ToString(), s.Source.PublishedOn, s.Source.Note,
        [.. s.CitedBy.Select(c => new ApiCitation(c.Kind, c.Key, Components.Shared.Citations.Label(c), c.Day))]);

    private static ApiIndicatorRelease Of(IndicatorRelease r) => new(
        r.Key, r.Indicator, r.Region, r.Series, r.Side.ToString(), r.Period, r.PeriodStart, r.Value, r.Unit, r.Prior, r.PriorLabel, r.Expected,
        r.ExpectedNote, r.ReleasedOn, r.Note, ApiMapping.Of(r.Sources));
}
