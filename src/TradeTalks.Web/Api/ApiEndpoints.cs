using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TradeTalks.Claims;
using TradeTalks.Commitments;
using TradeTalks.Indicators;
using TradeTalks.Measures;
using TradeTalks.People;
using TradeTalks.Sources;
using TradeTalks.Statements;
using TradeTalks.Talks;
using TradeTalks.Tariffs;
using TradeTalks.Time;
using TradeTalks.Timeline;
using TradeTalks.Truces;

namespace TradeTalks.Web.Api;

/// <summary>
/// The read-only API under /api/v1: every kind of record and every figure of the dashboard, each for an as-of date
/// (<c>?asOf=YYYY-MM-DD</c>, the end of that day in US Eastern time; without it, now). Bad input gets RFC 9457 problem
/// details naming the parameter.
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
        var api = app.MapGroup(Prefix).WithTags("Data");

        api.MapGet("/talks", Talks).WithSummary("Talks and calls that had begun by the as-of date, newest first.");
        api.MapGet("/talks/{key}", Talk).WithSummary("One talk by its key.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/people", People).WithSummary("Officials and other voices.");
        api.MapGet("/people/{key}", Person).WithSummary("One person by their key.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/tariffs/layers", Layers).WithSummary("Tariff layers with their changes known by the as-of date, and each layer's rate then.");
        api.MapGet("/tariffs/layers/{key}", Layer).WithSummary("One tariff layer by its key.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/tariffs/changes", Changes).WithSummary("Every tariff change in effect by the as-of date, oldest first. format=csv for a spreadsheet.");
        api.MapGet("/tariffs/rates", Rates).WithSummary("The rate each side charged the other at the as-of instant, with the layers in force.");
        api.MapGet("/tariffs/series", Series).WithSummary("Each side's headline rate from one date to another: the rate at the start, then one point per step.");
        api.MapGet("/tariffs/daily", Daily).WithSummary("Both headline rates at the end of each day (US Eastern) from one date to another. format=csv for a spreadsheet.");
        api.MapGet("/truce/windows", TruceWindows).WithSummary("Truce windows announced by the as-of date, with the extensions signed by then.");
        api.MapGet("/truce/status", TruceStatus).WithSummary("The truce at an instant (at=ISO 8601, or the as-of date): state, deadline, time left, suspended items.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/measures", Measures).WithSummary("Measures beyond tariffs and their standing at the as-of instant; side and kind filter. format=csv for a spreadsheet.");
        api.MapGet("/measures/{key}", Measure).WithSummary("One measure by its key.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/commitments", Commitments).WithSummary("Promises made by the as-of date, with the progress reported by then.");
        api.MapGet("/indicators", Indicators).WithSummary("Indicator releases published by the as-of date. format=csv for a spreadsheet.");
        api.MapGet("/statements", Statements).WithSummary("Statements made by the as-of date, newest first.");
        api.MapGet("/claims", Claims).WithSummary("Claims about promises reported by the as-of date, newest first.");
        api.MapGet("/sources", Sources).WithSummary("Sources published by the as-of date (or undated), with what cites them.");
        api.MapGet("/sources/{key}", Source).WithSummary("One source by its key.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/timeline", TimelinePage).WithSummary("The timeline with the page's filters, one page at a time. format=csv downloads every matching item.");
        return api;
    }

    private static async Task<Results<Ok<ApiList<ApiTalk>>, ProblemHttpResult>> Talks(
        [FromQuery] string? asOf, TimeProvider time, TalkService talks, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem))
        {
            return problem;
        }

        return TypedResults.Ok(new ApiList<ApiTalk>(cut.Instant, [.. (await talks.GetAsync(cut, cancellationToken)).Select(ApiMapping.Of)]));
    }

    private static async Task<Results<Ok<ApiTalk>, ProblemHttpResult>> Talk(
        string key, [FromQuery] string? asOf, TimeProvider time, TalkService talks, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem))
        {
            return problem;
        }

        var talk = (await talks.GetAsync(cut, cancellationToken)).FirstOrDefault(t => t.Key == key);
        return talk is null ? ApiInput.NotFound("talk", key, cut) : TypedResults.Ok(ApiMapping.Of(talk));
    }

    private static async Task<Results<Ok<ApiList<ApiPerson>>, ProblemHttpResult>> People(
        [FromQuery] string? asOf, TimeProvider time, PeopleService people, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem))
        {
            return problem;
        }

        return TypedResults.Ok(new ApiList<ApiPerson>(cut.Instant, [.. (await people.GetRecordsAsync(cut, cancellationToken)).Select(r => ApiMapping.Of(r.Person))]));
    }

    private static async Task<Results<Ok<ApiPerson>, ProblemHttpResult>> Person(
        string key, [FromQuery] string? asOf, TimeProvider time, PeopleService people, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem))
        {
            return problem;
        }

        var person = (await people.GetRecordsAsync(cut, cancellationToken)).FirstOrDefault(r => r.Person.Key == key);
        return person is null ? ApiInput.NotFound("person", key, cut) : TypedResults.Ok(ApiMapping.Of(person.Person));
    }

    private static async Task<Results<Ok<ApiList<ApiTariffLayer>>, ProblemHttpResult>> Layers(
        [FromQuery] string? asOf, TimeProvider time, TariffService tariffs, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem))
        {
            return problem;
        }

        var timeline = await tariffs.GetTimelineAsync(cut, cancellationToken);
        return TypedResults.Ok(new ApiList<ApiTariffLayer>(cut.Instant, [.. AllLayers(timeline).Select(l => ApiMapping.Of(l, RateOf(timeline, l, cut)))]));
    }

    private static async Task<Results<Ok<ApiTariffLayer>, ProblemHttpResult>> Layer(
        string key, [FromQuery] string? asOf, TimeProvider time, TariffService tariffs, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem))
        {
            return problem;
        }

        var timeline = await tariffs.GetTimelineAsync(cut, cancellationToken);
        var layer = AllLayers(timeline).FirstOrDefault(l => l.Key == key);
        return layer is null ? ApiInput.NotFound("tariff layer", key, cut) : TypedResults.Ok(ApiMapping.Of(layer, RateOf(timeline, layer, cut)));
    }

    private static async Task<Results<Ok<ApiList<ApiTariffChange>>, FileContentHttpResult, ProblemHttpResult>> Changes(
        [FromQuery] string? asOf, [FromQuery] string? format, TimeProvider time, TariffService tariffs, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem) || !ApiInput.TryFormat(format, out var csv, out problem))
        {
            return problem;
        }

        var timeline = await tariffs.GetTimelineAsync(cut, cancellationToken);
        var changes = timeline.ChangesInEffect.Select(c => ApiMapping.Of(c.Change, c.Change.Layer)).ToList();
        return csv
            ? Csv(changes.Select(CsvFiles.TariffChangeRow.Of), "tariff-changes", cut)
            : TypedResults.Ok(new ApiList<ApiTariffChange>(cut.Instant, changes));
    }

    private static async Task<Results<Ok<ApiRates>, ProblemHttpResult>> Rates(
        [FromQuery] string? asOf, TimeProvider time, TariffService tariffs, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem))
        {
            return problem;
        }

        var timeline = await tariffs.GetTimelineAsync(cut, cancellationToken);
        return TypedResults.Ok(new ApiRates(cut.Instant.ToUniversalTime(), ApiMapping.Of(timeline.UsOnChina, cut.Instant), ApiMapping.Of(timeline.ChinaOnUs, cut.Instant)));
    }

    private static async Task<Results<Ok<ApiRateSeries>, ProblemHttpResult>> Series(
        [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? asOf, TimeProvider time, TariffService tariffs, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem) || !ApiInput.TryRange(from, to, cut, int.MaxValue, out var range, out problem))
        {
            return problem;
        }

        var timeline = await tariffs.GetTimelineAsync(cut, cancellationToken);
        var start = Zones.UsEastern.StartOfDay(range.From);
        var end = Min(Zones.UsEastern.EndOfDay(range.To), cut.Instant);
        IReadOnlyList<ApiRatePoint> Points(DirectionTimeline d) =>
            [new(start.ToUniversalTime(), d.RateAt(start)), .. d.Steps.Where(s => s.At > start && s.At <= end).Select(s => new ApiRatePoint(s.At.ToUniversalTime(), s.To))];
        return TypedResults.Ok(new ApiRateSeries(range.From, range.To, Points(timeline.UsOnChina), Points(timeline.ChinaOnUs)));
    }

    private static async Task<Results<Ok<ApiList<ApiDailyRate>>, FileContentHttpResult, ProblemHttpResult>> Daily(
        [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? asOf, [FromQuery] string? format,
        TimeProvider time, TariffService tariffs, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem)
            || !ApiInput.TryRange(from, to, cut, MaxDailyDays, out var range, out problem)
            || !ApiInput.TryFormat(format, out var csv, out problem))
        {
            return problem;
        }

        var timeline = await tariffs.GetTimelineAsync(cut, cancellationToken);
        var days = new List<ApiDailyRate>();
        for (var day = range.From; day <= range.To; day = day.AddDays(1))
        {
            var at = Min(Zones.UsEastern.EndOfDay(day), cut.Instant);
            days.Add(new ApiDailyRate(day, timeline.UsOnChina.RateAt(at), timeline.ChinaOnUs.RateAt(at)));
        }

        return csv ? Csv(days.Select(CsvFiles.DailyRateRow.Of), "daily-rates", cut) : TypedResults.Ok(new ApiList<ApiDailyRate>(cut.Instant, days));
    }

    private static async Task<Results<Ok<ApiList<ApiTruceWindow>>, ProblemHttpResult>> TruceWindows(
        [FromQuery] string? asOf, TimeProvider time, TruceService truces, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem))
        {
            return problem;
        }

        return TypedResults.Ok(new ApiList<ApiTruceWindow>(cut.Instant, [.. (await truces.GetWindowsAsync(cut, cancellationToken)).Select(ApiMapping.Of)]));
    }

    private static async Task<Results<Ok<ApiTruceStatus>, ProblemHttpResult>> TruceStatus(
        [FromQuery] string? at, [FromQuery] string? asOf, TimeProvider time, TruceService truces, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem))
        {
            return problem;
        }

        var instant = cut.Instant;
        if (!string.IsNullOrWhiteSpace(at))
        {
            if (!DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant))
            {
                return ApiInput.Parameter("at", $"\"{UserInput.Shorten(at)}\" is not an instant. Give it as ISO 8601, for example 2025-08-12T04:01:00Z.");
            }

            if (instant < Zones.UsEastern.StartOfDay(AsOf.Earliest) || instant > time.GetUtcNow().AddDays(AsOf.MaxDaysAhead))
            {
                return ApiInput.Parameter("at", $"{at} is outside the range the store answers for: from {AsOf.Earliest:yyyy-MM-dd} to {AsOf.MaxDaysAhead} days from now.");
            }
        }

        var status = await truces.GetStatusAsync(AsOf.At(instant), cancellationToken);
        var given = string.IsNullOrWhiteSpace(at) ? "asOf" : "at";
        return status is null
            ? TypedResults.Problem($"No truce had been announced by {instant:yyyy-MM-ddTHH:mm:ssZ}. Give a later {given}.", statusCode: StatusCodes.Status404NotFound,
                title: "No truce on record", extensions: new Dictionary<string, object?> { ["parameter"] = given })
            : TypedResults.Ok(ApiMapping.Of(status));
    }

    private static async Task<Results<Ok<ApiList<ApiMeasure>>, FileContentHttpResult, ProblemHttpResult>> Measures(
        [FromQuery] string? asOf, [FromQuery] string? side, [FromQuery] string? kind, [FromQuery] string? format,
        TimeProvider time, MeasureService measures, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem)
            || !ApiInput.TryEnum<Side>(side, "side", out var sideFilter, out problem)
            || !ApiInput.TryEnum<MeasureKind>(kind, "kind", out var kindFilter, out problem)
            || !ApiInput.TryFormat(format, out var csv, out problem))
        {
            return problem;
        }

        var shown = (await measures.GetStatusesAsync(cut, cancellationToken))
            .Where(s => (sideFilter is null || s.Measure.Side == sideFilter) && (kindFilter is null || s.Measure.Kind == kindFilter))
            .Select(ApiMapping.Of).ToList();
        return csv ? Csv(shown.Select(CsvFiles.MeasureRow.Of), "measures", cut) : TypedResults.Ok(new ApiList<ApiMeasure>(cut.Instant, shown));
    }

    private static async Task<Results<Ok<ApiMeasure>, ProblemHttpResult>> Measure(
        string key, [FromQuery] string? asOf, TimeProvider time, MeasureService measures, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem))
        {
            return problem;
        }

        var measure = (await measures.GetStatusesAsync(cut, cancellationToken)).FirstOrDefault(s => s.Measure.Key == key);
        return measure is null ? ApiInput.NotFound("measure", key, cut) : TypedResults.Ok(ApiMapping.Of(measure));
    }

    private static async Task<Results<Ok<ApiList<ApiCommitment>>, ProblemHttpResult>> Commitments(
        [FromQuery] string? asOf, TimeProvider time, CommitmentService commitments, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem))
        {
            return problem;
        }

        return TypedResults.Ok(new ApiList<ApiCommitment>(cut.Instant, [.. (await commitments.GetAsync(cut, cancellationToken)).Select(ApiMapping.Of)]));
    }

    private static async Task<Results<Ok<ApiList<ApiIndicatorRelease>>, FileContentHttpResult, ProblemHttpResult>> Indicators(
        [FromQuery] string? asOf, [FromQuery] string? format, TimeProvider time, IndicatorService indicators, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem) || !ApiInput.TryFormat(format, out var csv, out problem))
        {
            return problem;
        }

        var releases = (await indicators.GetReleasesAsync(cut, cancellationToken)).Select(ApiMapping.Of).ToList();
        return csv ? Csv(releases.Select(CsvFiles.IndicatorRow.Of), "indicators", cut) : TypedResults.Ok(new ApiList<ApiIndicatorRelease>(cut.Instant, releases));
    }

    private static async Task<Results<Ok<ApiList<ApiStatement>>, ProblemHttpResult>> Statements(
        [FromQuery] string? asOf, TimeProvider time, StatementService statements, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem))
        {
            return problem;
        }

        return TypedResults.Ok(new ApiList<ApiStatement>(cut.Instant, [.. (await statements.GetAsync(cut, cancellationToken)).Select(ApiMapping.Of)]));
    }

    private static async Task<Results<Ok<ApiList<ApiClaim>>, ProblemHttpResult>> Claims(
        [FromQuery] string? asOf, TimeProvider time, ClaimService claims, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem))
        {
            return problem;
        }

        return TypedResults.Ok(new ApiList<ApiClaim>(cut.Instant, [.. (await claims.GetAsync(cut, cancellationToken)).Select(ApiMapping.Of)]));
    }

    private static async Task<Results<Ok<ApiList<ApiSourceRecord>>, ProblemHttpResult>> Sources(
        [FromQuery] string? asOf, TimeProvider time, SourceService sources, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem))
        {
            return problem;
        }

        return TypedResults.Ok(new ApiList<ApiSourceRecord>(cut.Instant, [.. (await sources.GetAllAsync(cut, cancellationToken)).Select(ApiMapping.Of)]));
    }

    private static async Task<Results<Ok<ApiSourceRecord>, ProblemHttpResult>> Source(
        string key, [FromQuery] string? asOf, TimeProvider time, SourceService sources, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem))
        {
            return problem;
        }

        var source = (await sources.GetAllAsync(cut, cancellationToken)).FirstOrDefault(s => s.Source.Key == key);
        return source is null ? ApiInput.NotFound("source", key, cut) : TypedResults.Ok(ApiMapping.Of(source));
    }

    private static async Task<Results<Ok<ApiPage<ApiTimelineItem>>, FileContentHttpResult, ProblemHttpResult>> TimelinePage(
        [FromQuery] string? asOf, [FromQuery(Name = "kind")] string[]? kind, [FromQuery] string? side, [FromQuery] string? person,
        [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? q, [FromQuery] string? order,
        [FromQuery] string? page, [FromQuery] string? pageSize, [FromQuery] string? format,
        TimeProvider time, TimelineService timeline, PeopleService people, CancellationToken cancellationToken)
    {
        if (!ApiInput.TryAsOf(asOf, time, out var cut, out var problem) || !ApiInput.TryFormat(format, out var csv, out problem))
        {
            return problem;
        }

        var everyone = await people.GetAllAsync(cancellationToken);
        var query = ApiInput.TimelineQuery(kind, side, person, from, to, q, order, page, pageSize, everyone, out problem);
        if (query is null)
        {
            return problem;
        }

        if (csv)
        {
            var rows = new List<ApiTimelineItem>();
            var all = query with { Page = 1, PageSize = TimelineQuery.MaxPageSize };
            while (rows.Count < MaxCsvRows)
            {
                var chunk = await timeline.SearchAsync(all, cut, cancellationToken);
                rows.AddRange(chunk.Items.Select(ApiMapping.Of));
                if (all.Page >= chunk.PageCount)
                {
                    break;
                }

                all = all with { Page = all.Page + 1 };
            }

            return Csv(rows.Select(CsvFiles.TimelineRow.Of), "timeline", cut);
        }

        var result = await timeline.SearchAsync(query, cut, cancellationToken);

        // A page past the end is empty, so a reader that pages until it finds no items stops.
        IReadOnlyList<ApiTimelineItem> items = query.Page > Math.Max(1, result.PageCount) ? [] : [.. result.Items.Select(ApiMapping.Of)];
        return TypedResults.Ok(new ApiPage<ApiTimelineItem>(cut.Instant, query.Page, result.PageSize, result.TotalCount, result.PageCount, items));
    }

    private static IEnumerable<TariffLayer> AllLayers(TariffTimeline timeline) =>
        timeline.Directions.SelectMany(d => d.Layers).OrderBy(l => l.Imposer).ThenBy(l => l.Scope).ThenBy(l => l.Key, StringComparer.Ordinal);

    private static decimal RateOf(TariffTimeline timeline, TariffLayer layer, AsOf cut) =>
        timeline.For(layer.Imposer).LayersAt(cut.Instant).FirstOrDefault(r => r.Layer.Key == layer.Key)?.Rate ?? 0;

    private static FileContentHttpResult Csv<T>(IEnumerable<T> rows, string name, AsOf cut) =>
        TypedResults.File(CsvFiles.Write(rows), "text/csv; charset=utf-8", $"tradetalks-{name}-{cut.Day:yyyy-MM-dd}.csv");

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
