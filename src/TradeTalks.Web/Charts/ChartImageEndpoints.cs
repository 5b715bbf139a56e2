using TradeTalks.Indicators;
using TradeTalks.Tariffs;
using TradeTalks.Time;
using TradeTalks.Web.Api;
using TradeTalks.Web.Components.Pages.Indicators;
using TradeTalks.Web.Components.Pages.Tariffs;
using TradeTalks.Web.Components.Shared;
using TradeTalks.Web.Extensions;
using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Charts;

/// <summary>
/// Every chart as a picture to download, 1200x675, as SVG or PNG: <c>/charts/escalation.png?asOf=…&amp;range=…</c> (the
/// chart of /tariffs, with its range) and <c>/charts/indicators/{name}.svg</c> (each chart of /indicators). Cached as the
/// pages are, and dropped with them when the store changes.
/// </summary>
public static class ChartImageEndpoints
{
    public const string Svg = "svg", Png = "png";

    /// <summary>The escalation chart's picture for an as-of date (and, from /tariffs, its range's query).</summary>
    public static string Escalation(string format, AsOf asOf, string? rangeQuery = null) =>
        AsOfLinks.With($"/charts/escalation.{format}{rangeQuery}", asOf);

    public static string Indicator(string indicator, string format, AsOf asOf) =>
        AsOfLinks.With($"/charts/indicators/{IndicatorLine.Slug(indicator)}.{format}", asOf);

    public static WebApplication MapChartImages(this WebApplication app)
    {
        var charts = app.MapGroup("/charts").WithTags("Chart images").ExcludeFromDescription()
            .CacheOutput(DashboardExtensions.PagesCachePolicy);
        charts.MapGet("/escalation.{format}", EscalationAsync);
        charts.MapGet("/indicators/{indicator}.{format}", IndicatorAsync);
        return app;
    }

    private static async Task<IResult> EscalationAsync(
        string format, [AsParameters] AsOfQuery query, string? range, string? from, string? to,
        HttpContext http, PublicAddress address, TariffService tariffs, IndicatorService indicators, CancellationToken cancellationToken)
    {
        if (Refused(format, query) is { } refused)
        {
            return refused;
        }

        var chartRange = ChartRange.Read(range, from, to, out var rangeProblem);
        if (rangeProblem is not null)
        {
            var parameter = range is not null && chartRange.Key == "all" ? "range" : UserInput.TryParseDay(from ?? "", out _) || string.IsNullOrWhiteSpace(from) ? "to" : "from";
            return ApiInput.Parameter(parameter, rangeProblem);
        }

        var asOf = query.AsOf;
        var headline = await tariffs.GetHeadlineAsync(asOf, cancellationToken);
        var end = chartRange.EndFor(asOf);
        // The averages the chart's range can show, as /tariffs loads them.
        var start = Zones.UsEastern.DayOf(EscalationSeries.StartOf(headline.Timeline, chartRange.From, end));
        var averages = await indicators.GetSeriesReleasesAsync(QuotedSeries.AverageUsOnChina, asOf, start, cancellationToken);
        return Picture(ChartPictures.Escalation(headline.Timeline, chartRange.From, end, averages, asOf, address.Site(http.Request)), format);
    }

    private static async Task<IResult> IndicatorAsync(
        string indicator, string format, [AsParameters] AsOfQuery query,
        HttpContext http, PublicAddress address, IndicatorService indicators, CancellationToken cancellationToken)
    {
        if (Refused(format, query) is { } refused)
        {
            return refused;
        }

        var series = (await indicators.GetSeriesAsync(query.AsOf, cancellationToken))
            .FirstOrDefault(s => IndicatorLine.Slug(s.Indicator) == indicator.ToLowerInvariant());
        var picture = series is null ? null : ChartPictures.Indicator(series, query.AsOf, address.Site(http.Request));
        return picture is null
            ? TypedResults.Problem(
                $"No indicator named \"{UserInput.Shorten(indicator)}\" has a chart as of this date. The indicators page links the chart of each.",
                statusCode: StatusCodes.Status404NotFound, title: "No such chart")
            : Picture(picture, format);
    }

    /// <summary>A 404 for a format other than svg or png, a 400 for an as-of date that cannot be used; null when both can.</summary>
    private static IResult? Refused(string format, AsOfQuery query) =>
        format is not (Svg or Png)
            ? TypedResults.Problem($"Charts come as .svg or .png, not .{UserInput.Shorten(format)}.", statusCode: StatusCodes.Status404NotFound, title: "No such chart")
            : query.FirstProblem is { } problem ? ApiInput.Parameter(problem.Parameter, problem.Message) : null;

    private static IResult Picture(ChartPicture picture, string format) => format == Png
        ? TypedResults.File(picture.Png(), "image/png")
        : TypedResults.Text(picture.Svg(), "image/svg+xml; charset=utf-8");
}
