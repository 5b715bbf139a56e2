using Microsoft.AspNetCore.Http.HttpResults;
using TradeTalks.Commitments;
using TradeTalks.DataSets;
using TradeTalks.Measures;
using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Api;

/// <summary>Measures beyond tariffs, and the promises each side made.</summary>
public static class MeasureApi
{
    internal static async Task<Results<Ok<ApiList<ApiMeasure>>, FileContentHttpResult>> Measures(
        [AsParameters] AsOfQuery query, [AsParameters] MeasureFilterQuery filters, [AsParameters] FormatQuery format,
        MeasureService measures, CancellationToken cancellationToken)
    {
        var (side, kind, _) = filters.Read();
        var shown = await measures.GetStatusPageAsync(query.AsOf, side, kind, 1, int.MaxValue, cancellationToken);
        return ApiEndpoints.ListOrCsv(query, format, shown.Items.Select(Of), CsvFiles.MeasureRow.Of, "measures");
    }

    internal static async Task<Results<Ok<ApiMeasure>, ProblemHttpResult>> Measure(
        string key, [AsParameters] AsOfQuery query, MeasureService measures, CancellationToken cancellationToken) =>
        ApiEndpoints.Found(await measures.FindStatusAsync(key, query.AsOf, cancellationToken), Of, Kinds.Measures.Noun, key, query);

    internal static async Task<Ok<ApiList<ApiCommitment>>> Commitments([AsParameters] AsOfQuery query, CommitmentService commitments, CancellationToken cancellationToken) =>
        ApiEndpoints.List(query, (await commitments.GetAsync(query.AsOf, cancellationToken)).Select(Of));

    private static ApiMeasure Of(MeasureStatus s) => new(
        s.Measure.Key, s.Measure.Side.ToString(), s.Measure.Kind.ToString(), s.Measure.Title, s.Measure.Covers, s.Measure.Note, s.Standing.ToString(),
        s.Last.On,
        [.. s.History.Select(c => new ApiMeasureChange(c.Key, c.State.ToString(), c.On, c.At.ToUniversalTime(), c.SuspendedUntil?.ToUniversalTime(), c.Summary, ApiMapping.Of(c.Sources)))],
        ApiMapping.Of(s.Measure.Sources));

    private static ApiCommitment Of(CommitmentView v) => new(
        v.Commitment.Key, v.Commitment.Party.ToString(), v.Commitment.MadeOn, v.Commitment.ReportedOn, v.Commitment.Talk?.Key, v.Commitment.Title,
        v.Commitment.Quantity, v.Commitment.Unit, v.Commitment.Period, v.Commitment.Summary, v.Commitment.Note,
        [.. v.Progress.Select(p => new ApiProgress(p.Key, p.On, p.Summary, ApiMapping.Of(p.Sources)))], ApiMapping.Of(v.Commitment.Sources));
}
