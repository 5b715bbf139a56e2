using Microsoft.AspNetCore.Http.HttpResults;
using TradeTalks.Time;
using TradeTalks.Web.Published;
using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Api;

/// <summary>
/// The read-only API under /api/v1: every kind of record and every figure of the dashboard, each for an as-of date
/// (<c>?asOf=YYYY-MM-DD</c>, the end of that day in US Eastern time; without it, now). Bad input gets RFC 9457 problem
/// details naming the parameter: the group's <see cref="QueryGuard"/> checks the bound query records, each endpoint
/// what only it takes. The endpoints live by area: <see cref="TalkApi"/>, <see cref="TariffApi"/>, <see cref="TruceApi"/>,
/// <see cref="MeasureApi"/>, <see cref="SourceApi"/>, <see cref="TimelineApi"/> and <see cref="ProductApi"/>.
/// </summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";

    /// <summary>The longest span the daily series answers in one request.</summary>
    public const int MaxDailyDays = 3660;

    /// <summary>How many timeline rows one CSV download holds at most.</summary>
    public const int MaxCsvRows = 10_000;

    public static RouteGroupBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags("Data").CheckQueries().AnswerAsPublished();

        api.MapGet("/talks", TalkApi.Talks).WithSummary("Talks and calls that had begun by the as-of date, newest first.");
        api.MapGet("/talks/{key}", TalkApi.Talk).WithSummary("One talk by its key.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/people", TalkApi.People).WithSummary("Officials and other voices.");
        api.MapGet("/people/{key}", TalkApi.Person).WithSummary("One person by their key.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/tariffs/layers", TariffApi.Layers).WithSummary("Tariff layers with their changes known by the as-of date, and each layer's rate then.");
        api.MapGet("/tariffs/layers/{key}", TariffApi.Layer).WithSummary("One tariff layer by its key.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/tariffs/changes", TariffApi.Changes).WithSummary("Every tariff change in effect by the as-of date, oldest first. format=csv for a spreadsheet.");
        api.MapGet("/tariffs/rates", TariffApi.Rates).WithSummary("The rate each side charged the other at the as-of instant, with the layers in force.");
        api.MapGet("/tariffs/series", TariffApi.Series).WithSummary("Each side's headline rate from one date to another: the rate at the start, then one point per step.");
        api.MapGet("/tariffs/daily", TariffApi.Daily).WithSummary("Both headline rates at the end of each day (US Eastern) from one date to another. format=csv for a spreadsheet.");
        api.MapGet("/truce/windows", TruceApi.Windows).WithSummary("Truce windows announced by the as-of date, with the extensions signed by then.");
        api.MapGet("/truce/status", TruceApi.Status).WithSummary("The truce at an instant (at=ISO 8601, or the as-of date): state, deadline, time left, suspended items.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/measures", MeasureApi.Measures).WithSummary("Measures beyond tariffs and their standing at the as-of instant; side and kind filter. format=csv for a spreadsheet.");
        api.MapGet("/measures/{key}", MeasureApi.Measure).WithSummary("One measure by its key.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/commitments", MeasureApi.Commitments).WithSummary("Promises made by the as-of date, with the progress reported by then.");
        api.MapGet("/indicators", SourceApi.Indicators).WithSummary("Indicator releases published by the as-of date. format=csv for a spreadsheet.");
        api.MapGet("/statements", TalkApi.Statements).WithSummary("Statements made by the as-of date, newest first.");
        api.MapGet("/claims", TalkApi.Claims).WithSummary("Claims about promises reported by the as-of date, newest first.");
        api.MapGet("/sources", SourceApi.Sources).WithSummary("Sources published by the as-of date (or undated), with what cites them.");
        api.MapGet("/sources/{key}", SourceApi.Source).WithSummary("One source by its key.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/changes", ChangesApi.Changes).WithSummary("What changed from one day to another: what took effect in the world and the corrections to the record, in words. format=csv for a spreadsheet.");
        api.MapGet("/timeline", TimelineApi.Page).WithSummary("The timeline with the page's filters, one page at a time. format=csv downloads every matching item.");
        api.MapProducts();
        return api;
    }

    /// <summary>A list answered for the as-of instant.</summary>
    internal static Ok<ApiList<T>> List<T>(AsOfQuery query, IEnumerable<T> items) => TypedResults.Ok(new ApiList<T>(query.AsOf.Instant, [.. items]));

    /// <summary>A list as JSON, or with format=csv as a spreadsheet of one <paramref name="row"/> per item.</summary>
    internal static Results<Ok<ApiList<T>>, FileContentHttpResult> ListOrCsv<T, TRow>(
        AsOfQuery query, FormatQuery format, IEnumerable<T> items, Func<T, TRow> row, string name)
    {
        var list = items.ToList();
        return format.Csv ? Csv(list.Select(row), name, query.AsOf) : List(query, list);
    }

    /// <summary>As <see cref="ListOrCsv{T, TRow}"/>, where a row needs more than the API's record holds.</summary>
    internal static Results<Ok<ApiList<T>>, FileContentHttpResult> ListOrCsv<TSource, T, TRow>(
        AsOfQuery query, FormatQuery format, IEnumerable<TSource> items, Func<TSource, T> item, Func<TSource, TRow> row, string name)
    {
        var list = items.ToList();
        return format.Csv ? Csv(list.Select(row), name, query.AsOf) : List(query, list.Select(item));
    }

    /// <summary>One record found by its key, or a 404 naming the key.</summary>
    internal static Results<Ok<TApi>, ProblemHttpResult> Found<T, TApi>(T? record, Func<T, TApi> map, string kind, string key, AsOfQuery query)
        where T : class =>
        record is null ? ApiInput.NotFound(kind, key, query.AsOf) : TypedResults.Ok(map(record));

    internal static FileContentHttpResult Csv<T>(IEnumerable<T> rows, string name, AsOf asOf) => Csv(CsvFiles.Write(rows), name, asOf);

    /// <summary>A spreadsheet already written, such as one whose columns depend on the answer.</summary>
    internal static FileContentHttpResult Csv(byte[] file, string name, AsOf asOf) =>
        TypedResults.File(file, "text/csv; charset=utf-8", $"tradetalks-{name}-{asOf.Day:yyyy-MM-dd}.csv");
}
