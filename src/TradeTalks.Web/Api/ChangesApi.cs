using Microsoft.AspNetCore.Http.HttpResults;
using TradeTalks.Changes;
using TradeTalks.Web.Changes;
using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Api;

/// <summary>
/// What took effect in the world (kind: a timeline kind; <c>key</c> null for a headline rate's move or a deadline
/// reached, which no one record holds), in words.
/// </summary>
public sealed record ApiWorldChange(
    string Kind, DateOnly Day, DateOnly? LastDay, DateTimeOffset? At, string Title, string What, string? Summary, string? Side, string? Key, IReadOnlyList<ApiSource> Sources);

/// <summary>
/// A correction published to the record: the record's title, what happened to it (Corrected, Added to the record,
/// Removed from the record, or a restore) and each field before → after, in words. Never who made it.
/// </summary>
public sealed record ApiCorrection(DateOnly Day, DateTimeOffset At, string Kind, string Key, string Title, string What, IReadOnlyList<string> Fields);

/// <summary>
/// What changed from one day to another: in the world, and in the record. <c>correctionCount</c> counts every
/// correction in the span; at most <c>ChangesService.MaxCorrections</c> are listed.
/// </summary>
public sealed record ApiChanges(
    DateOnly From, DateOnly To, DateTimeOffset AsOf, IReadOnlyList<ApiWorldChange> InTheWorld, IReadOnlyList<ApiCorrection> InTheRecord, int CorrectionCount);

/// <summary>What changed between two dates, as /changes shows it.</summary>
public static class ChangesApi
{
    internal static async Task<Results<Ok<ApiChanges>, FileContentHttpResult, ProblemHttpResult>> Changes(
        [AsParameters] AsOfQuery query, [AsParameters] ChangesQuery changes, [AsParameters] FormatQuery format, ChangesService service,
        CancellationToken cancellationToken)
    {
        var asOf = query.AsOf;
        var request = changes.Read(asOf);
        if (request.Problems is [var problem, ..])
        {
            return ApiInput.Parameter(problem.Parameter, problem.Message);
        }

        var world = WorldWords.Describe(await service.InTheWorldAsync(request.Span, request.Filter, asOf, cancellationToken));
        var record = await service.InTheRecordAsync(request.Span, request.Filter, asOf, cancellationToken);
        var names = record.Corrections.Count == 0 ? RecordNames.None : await service.NamesAsync(cancellationToken);
        var corrections = record.Corrections.Select(c => (Correction: c, Text: CorrectionWords.Describe(c, names))).ToList();
        if (format.Csv)
        {
            var rows = world.Select(CsvFiles.ChangeRow.Of).Concat(corrections.Select(c => CsvFiles.ChangeRow.Of(c.Text)));
            return TypedResults.File(CsvFiles.Write(rows), "text/csv; charset=utf-8", $"tradetalks-changes-{request.Span.From:yyyy-MM-dd}-to-{request.Span.To:yyyy-MM-dd}.csv");
        }

        return TypedResults.Ok(new ApiChanges(
            request.Span.From, request.Span.To, asOf.Instant,
            [.. world.Select(Of)],
            [.. corrections.Select(c => new ApiCorrection(c.Text.Day, c.Correction.At.ToUniversalTime(), c.Correction.Kind, c.Correction.Key, c.Text.Title, c.Text.What, c.Text.Lines))],
            record.TotalCount));
    }

    private static ApiWorldChange Of(WorldChange c) => new(
        c.Kind.ToString(), c.Day, c.LastDay, c.At?.ToUniversalTime(), c.Title, c.What, c.Summary, c.Side?.ToString(), c.Key,
        [.. c.Sources.Select(s => new ApiSource(s.Key, s.Publisher, s.Title, s.Url, s.PublishedOn, s.PublisherSiteOnly, s.Kind.ToString()))]);
}
