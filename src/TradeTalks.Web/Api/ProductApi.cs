using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TradeTalks.Products;
using TradeTalks.Tariffs;
using TradeTalks.Time;
using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Api;

/// <summary>
/// Product lines (issue 26): a search, what one line pays on a day layer by layer, and its duties day by day or step by
/// step, all read from <see cref="ProductService"/> as the product pages are, so the pages, the API and the CSV agree.
/// While the product data loads after a start, each answers 503 with Retry-After: a client can wait and ask again.
/// </summary>
public static class ProductApi
{
    /// <summary>How long a client should wait while the product data loads: it takes a second or two after a start.</summary>
    public const int RetryAfterSeconds = 5;

    internal static void MapProducts(this RouteGroupBuilder api)
    {
        api.MapGet("/products", Search)
            .WithSummary("Product lines (HTS10) whose code starts with q or whose description holds its words, in code order, a page at a time, each with its general rate on the as-of day. format=csv downloads every match (up to 10,000).")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/products/{hts10}", Product)
            .WithSummary("What a product line pays on the as-of day, layer by layer (rate, authority, heading, days, the rule that set a layer aside, the change that set its rate, sources), and the total. format=csv gives one row per layer.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/products/{hts10}/daily", Daily)
            .WithSummary("A product line's totals and each layer's charged rate at the end of each day from one date to another (at most 800 days). format=csv gives a column per layer.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/products/{hts10}/steps", Steps)
            .WithSummary("A product line's duties step by step from one date to another: a step on the first day and wherever the total or a layer's rate changes, each with the records that moved it.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    internal static Results<Ok<ApiPage<ApiProductItem>>, FileContentHttpResult, ProblemHttpResult> Search(
        [AsParameters] AsOfQuery query, [AsParameters] SearchQuery search, [AsParameters] PageQuery paging, [AsParameters] FormatQuery format,
        ProductService products, HttpContext http)
    {
        var asOf = query.AsOf;
        if (format.Csv)
        {
            if (products.Search(search.Q, 1, ProductIndex.MaxPageSize) is not { } first)
            {
                return NotReady(products, http);
            }

            var rows = new List<ProductLine>(first.Items);
            for (var page = 2; page <= first.PageCount && rows.Count < ApiEndpoints.MaxCsvRows; page++)
            {
                rows.AddRange(products.Search(search.Q, page, ProductIndex.MaxPageSize)!.Items);
            }

            return ApiEndpoints.Csv(rows.Take(ApiEndpoints.MaxCsvRows).Select(l => CsvFiles.ProductRow.Of(Item(l, asOf))), "products", asOf);
        }

        if (products.Search(search.Q, paging.Number, paging.Size) is not { } found)
        {
            return NotReady(products, http);
        }

        // A page past the end is empty, so a reader that pages until it finds no items stops.
        IReadOnlyList<ApiProductItem> items = paging.Number > found.PageCount ? [] : [.. found.Items.Select(l => Item(l, asOf))];
        return TypedResults.Ok(new ApiPage<ApiProductItem>(asOf.Instant, paging.Number, found.PageSize, found.Total, found.PageCount, items));
    }

    internal static async Task<Results<Ok<ApiProductStack>, FileContentHttpResult, ProblemHttpResult>> Product(
        [Description(Hts10)] string hts10, [AsParameters] AsOfQuery query, [AsParameters] FormatQuery format, ProductService products, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (BadCode(hts10) is { } bad)
        {
            return bad;
        }

        var asOf = query.AsOf;
        var found = await products.StackAsync(hts10, asOf, cancellationToken);
        if (found.Value is not { } stack)
        {
            return Missing(found.State, hts10, products, http);
        }

        var answer = Of(stack, asOf, products.LastRevision);
        return format.Csv ? ApiEndpoints.Csv(CsvFiles.ProductLayerRow.Of(answer), $"product-{stack.Line.Hts10}", asOf) : TypedResults.Ok(answer);
    }

    internal static async Task<Results<Ok<ApiProductDaily>, FileContentHttpResult, ProblemHttpResult>> Daily(
        [Description(Hts10)] string hts10, [AsParameters] AsOfQuery query, [FromQuery, Description(From)] string? from, [FromQuery, Description(To)] string? to,
        [AsParameters] FormatQuery format, ProductService products, HttpContext http, CancellationToken cancellationToken)
    {
        var (series, problem) = await SeriesAsync(hts10, query, from, to, products, http, cancellationToken);
        if (series is null)
        {
            return problem!;
        }

        var asOf = query.AsOf;
        var days = new List<ApiProductDay>(series.Until.DayNumber - series.From.DayNumber + 1);
        var steps = series.Steps;
        for (int i = 0, day = series.From.DayNumber; day <= series.Until.DayNumber; day++)
        {
            // The step in force on a day is the last that began by it.
            while (i + 1 < steps.Count && steps[i + 1].Step.From.DayNumber <= day)
            {
                i++;
            }

            var step = steps[i].Step;
            days.Add(new(DateOnly.FromDayNumber(day), step.Total.OnFullValue, step.Total.OnMetalContent, step.Total.OnRestOfValue, Ordered(step.ChargedRates)));
        }

        var last = steps[^1].Step.Stack;
        var daily = new ApiProductDaily(asOf.Instant, series.Line.Hts10, ProductService.Dotted(series.Line.Hts10), series.From, series.Until, Layers(series),
            days, last.NotOnRecord, Revision(products.LastRevision));
        return format.Csv ? ApiEndpoints.Csv(CsvFiles.ProductDayRow.Write(daily), $"product-{series.Line.Hts10}-daily", asOf) : TypedResults.Ok(daily);
    }

    internal static async Task<Results<Ok<ApiProductSteps>, ProblemHttpResult>> Steps(
        [Description(Hts10)] string hts10, [AsParameters] AsOfQuery query, [FromQuery, Description(From)] string? from, [FromQuery, Description(To)] string? to,
        ProductService products, HttpContext http, CancellationToken cancellationToken)
    {
        var (series, problem) = await SeriesAsync(hts10, query, from, to, products, http, cancellationToken);
        if (series is null)
        {
            return problem!;
        }

        var asOf = query.AsOf;
        var steps = series.Steps.Select(s => new ApiProductStep(
            s.Step.From, s.Step.Total.OnFullValue, s.Step.Total.OnMetalContent, s.Step.Total.OnRestOfValue, Ordered(s.Step.ChargedRates),
            [.. s.MovedBy.Select(c => new ApiStepCause(c.What, c.Change is { } change ? SetBy(change, asOf) : null, c.GeneralRate, c.Programme?.Key))]));
        return TypedResults.Ok(new ApiProductSteps(asOf.Instant, series.Line.Hts10, ProductService.Dotted(series.Line.Hts10), series.From, series.Until, Layers(series), [.. steps]));
    }

    /// <summary>The series a daily or step answer is made of, or the problem that stands in its way.</summary>
    private static async Task<(ProductSeries? Series, ProblemHttpResult? Problem)> SeriesAsync(
        string hts10, AsOfQuery query, string? from, string? to, ProductService products, HttpContext http, CancellationToken cancellationToken)
    {
        var asOf = query.AsOf;
        if (BadCode(hts10) is { } bad)
        {
            return (null, bad);
        }

        if (!ApiInput.TryRange(from, to, asOf, ProductService.MaxSeriesDays, out var range, out var unusable))
        {
            return (null, unusable);
        }

        var found = await products.SeriesAsync(hts10, range.From, range.To, asOf, cancellationToken);
        return found.Value is { } series ? (series, null) : (null, Missing(found.State, hts10, products, http));
    }

    /// <summary>A 400 naming hts10 unless it is 4 to 10 digits (dots and spaces allowed): a heading or a line's code.</summary>
    private static ProblemHttpResult? BadCode(string hts10)
    {
        var digits = Digits(hts10);
        return digits.Length is >= 4 and <= 10 && digits.All(char.IsAsciiDigit)
            ? null
            : ApiInput.Parameter("hts10", $"\"{UserInput.Shorten(hts10)}\" is not an HTS code. Give a line's ten digits, with or without dots (6109100012 or 6109.10.00.12).");
    }

    private static string Digits(string code) => code.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);

    private static ProblemHttpResult Missing(ProductLookupState state, string hts10, ProductService products, HttpContext http)
    {
        if (state != ProductLookupState.NotFound)
        {
            return NotReady(products, http);
        }

        var digits = Digits(hts10);
        var detail = digits.Length < 10
            ? $"hts10: {digits} is the start of a code, not a line's ten digits. /api/v1/products?q={digits} lists the lines under it."
            : $"hts10: no line {ProductService.Dotted(digits)} is in the schedule's revisions on record ({products.LastRevision?.Name} is the last). /api/v1/products?q= searches by code or words.";
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "No such product line",
            extensions: new Dictionary<string, object?> { ["parameter"] = "hts10" });
    }

    /// <summary>503 while the data loads (with Retry-After), or when it could not be read (without: waiting will not help).</summary>
    private static ProblemHttpResult NotReady(ProductService products, HttpContext http)
    {
        // The validators name the store's version, which says nothing of an answer not given yet.
        http.Response.Headers.ETag = default;
        http.Response.Headers.LastModified = default;
        if (products.State == ProductCatalogueState.Failed)
        {
            return TypedResults.Problem($"{products.Problem} The other endpoints still answer.", statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The product data is not available");
        }

        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            $"The product data is being read after a start; the other endpoints already answer. Ask again in {RetryAfterSeconds} seconds.",
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "The product data is still loading");
    }

    private static ApiProductItem Item(ProductLine line, AsOf asOf) => new(
        line.Hts10, ProductService.Dotted(line.Hts10), line.Path[^1], line.Path, line.GeneralRates.FirstOrDefault(r => r.Days.Holds(asOf.Day))?.Text,
        Address($"{ApiEndpoints.Prefix}/products/{line.Hts10}", asOf), Address($"/products/{line.Hts10}", asOf));

    private static ApiProductStack Of(ProductStack stack, AsOf asOf, ScheduleRevision? lastRevision) => new(
        asOf.Instant, stack.Day,
        new(stack.Line.Hts10, ProductService.Dotted(stack.Line.Hts10), stack.Line.Path, stack.Line.InSchedule.From, stack.Line.InSchedule.Until),
        [.. stack.Layers.Select(l => Of(l, asOf))],
        new(stack.Total.OnFullValue, stack.Total.OnMetalContent, stack.Total.OnRestOfValue, stack.Total.SpecificDuty, stack.Total.WithoutRate),
        stack.NotOnRecord, stack.OutOfSchedule, Revision(lastRevision), Address($"/products/{stack.Line.Hts10}", asOf));

    private static ApiProductLayer Of(DutyLayer l, AsOf asOf) => new(
        l.Id, l.Part.ToString(), l.Name, l.Authority?.ToString(), l.Heading, l.Rate, l.RateText, l.Charged, l.ChargedOn.ToString(), l.Days.From, l.Days.Until,
        l.Rule is { } rule ? new(rule.Says, rule.Heading, rule.Notice) : null, l.Note, l.SetBy is { } change ? SetBy(change, asOf) : null, ApiMapping.Of(l.Sources));

    private static ApiSetBy SetBy(TariffChange change, AsOf asOf) =>
        new(change.Key, change.Layer.Key, change.EffectiveOn, Address($"{ApiEndpoints.Prefix}/tariffs/layers/{change.Layer.Key}", asOf));

    private static ApiScheduleRevision? Revision(ScheduleRevision? revision) => revision is null ? null : new(revision.Name, revision.EffectiveOn);

    /// <summary>Every layer charged on one of the series' days, in the order they first appear.</summary>
    private static IReadOnlyList<ApiSeriesLayer> Layers(ProductSeries series) =>
    [
        .. series.Steps.SelectMany(s => s.Step.Stack.Layers).Where(l => l.Charged && l.Rate is not null).DistinctBy(l => l.Id).Select(l => new ApiSeriesLayer(l.Id, l.Name)),
    ];

    private static IReadOnlyDictionary<string, decimal> Ordered(IReadOnlyDictionary<string, decimal> rates) =>
        new SortedDictionary<string, decimal>(rates.ToDictionary(), StringComparer.Ordinal);

    /// <summary>An address that keeps the as-of date the reader asked for.</summary>
    private static string Address(string path, AsOf asOf) => asOf.IsNow ? path : $"{path}?asOf={asOf.Day:yyyy-MM-dd}";

    private const string Hts10 = "The line's ten-digit HTS code, with or without dots: 6109100012 or 6109.10.00.12.";

    private const string From = "The first day, YYYY-MM-DD; without it, 1 January 2025, or 799 days before the last day once that is later. A span holds at most 800 days.";

    private const string To = "The last day, YYYY-MM-DD, not after the as-of date; without it, the as-of date.";

    /// <summary>What a search looks for: checked by the same rule as the search page's (<see cref="ProductQuery"/>).</summary>
    public sealed record SearchQuery : IGuardedQuery
    {
        [FromQuery(Name = "q"), Description("The start of an HTS code (digits, dots and spaces allowed: 6109 or 6109.10; at most 10 digits) or words of the description (\"cotton t-shirt\"); each word must begin a word of the line's description path. Without it, every line. At most 100 characters, with at least one letter or digit.")]
        public string? Q { get; init; }

        public QueryProblem? FirstProblem => ProductQuery.Problem(Q) is { } problem ? new("q", problem) : null;
    }
}
