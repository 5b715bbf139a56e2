using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TradeTalks.DataSets;
using TradeTalks.Tariffs;
using TradeTalks.Time;
using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Api;

/// <summary>Tariff layers and their changes, the rates each way, and the rates over a span of days.</summary>
public static class TariffApi
{
    internal static async Task<Ok<ApiList<ApiTariffLayer>>> Layers([AsParameters] AsOfQuery query, TariffService tariffs, CancellationToken cancellationToken)
    {
        var timeline = await tariffs.GetTimelineAsync(query.AsOf, cancellationToken);
        var rates = timeline.Directions.SelectMany(d => d.LayersAt(query.AsOf.Instant)).ToDictionary(r => r.Layer.Key, r => r.Rate);
        var layers = timeline.Directions.SelectMany(d => d.Layers).OrderBy(l => l.Imposer).ThenBy(l => l.Scope).ThenBy(l => l.Key, StringComparer.Ordinal);
        return ApiEndpoints.List(query, layers.Select(l => Of(l, rates.GetValueOrDefault(l.Key))));
    }

    internal static async Task<Results<Ok<ApiTariffLayer>, ProblemHttpResult>> Layer(
        string key, [AsParameters] AsOfQuery query, TariffService tariffs, CancellationToken cancellationToken) =>
        await tariffs.FindLayerAsync(key, query.AsOf, cancellationToken) is { } found
            ? TypedResults.Ok(Of(found.Layer, found.Rate))
            : ApiInput.NotFound(Kinds.TariffLayers.Noun, key, query.AsOf);

    internal static async Task<Results<Ok<ApiList<ApiTariffChange>>, FileContentHttpResult>> Changes(
        [AsParameters] AsOfQuery query, [AsParameters] FormatQuery format, TariffService tariffs, CancellationToken cancellationToken)
    {
        var timeline = await tariffs.GetTimelineAsync(query.AsOf, cancellationToken);
        // The spreadsheet gives each change's rate before it too, as the tariff timeline worked it out.
        return ApiEndpoints.ListOrCsv(query, format, timeline.ChangesInEffect.Select(c => (Api: Of(c.Change, c.Change.Layer), Change: c)), c => c.Api,
            c => CsvFiles.TariffChangeRow.Of(c.Api, c.Change.Change.Layer.Name, c.Change.From), "tariff-changes");
    }

    internal static async Task<Ok<ApiRates>> Rates([AsParameters] AsOfQuery query, TariffService tariffs, CancellationToken cancellationToken)
    {
        var at = query.AsOf.Instant;
        var timeline = await tariffs.GetTimelineAsync(query.AsOf, cancellationToken);
        return TypedResults.Ok(new ApiRates(at.ToUniversalTime(), Of(timeline.UsOnChina, at), Of(timeline.ChinaOnUs, at)));
    }

    internal static async Task<Results<Ok<ApiRateSeries>, ProblemHttpResult>> Series(
        [AsParameters] AsOfQuery query, [FromQuery, Description(From)] string? from, [FromQuery, Description(To)] string? to, TariffService tariffs, CancellationToken cancellationToken)
    {
        var asOf = query.AsOf;
        if (!ApiInput.TryRange(from, to, asOf, int.MaxValue, out var range, out var problem))
        {
            return problem;
        }

        var timeline = await tariffs.GetTimelineAsync(asOf, cancellationToken);
        var start = Zones.UsEastern.StartOfDay(range.From);
        var end = Min(Zones.UsEastern.EndOfDay(range.To), asOf.Instant);
        IReadOnlyList<ApiRatePoint> Points(DirectionTimeline d) =>
            [new(start.ToUniversalTime(), d.RateAt(start)), .. d.Steps.Where(s => s.At > start && s.At <= end).Select(s => new ApiRatePoint(s.At.ToUniversalTime(), s.To))];
        return TypedResults.Ok(new ApiRateSeries(range.From, range.To, Points(timeline.UsOnChina), Points(timeline.ChinaOnUs)));
    }

    internal static async Task<Results<Ok<ApiList<ApiDailyRate>>, FileContentHttpResult, ProblemHttpResult>> Daily(
        [AsParameters] AsOfQuery query, [FromQuery, Description(From)] string? from, [FromQuery, Description(To)] string? to, [AsParameters] FormatQuery format,
        TariffService tariffs, CancellationToken cancellationToken)
    {
        var asOf = query.AsOf;
        if (!ApiInput.TryRange(from, to, asOf, ApiEndpoints.MaxDailyDays, out var range, out var problem))
        {
            return problem;
        }

        var timeline = await tariffs.GetTimelineAsync(asOf, cancellationToken);
        var days = new List<ApiDailyRate>();
        for (var day = range.From; day <= range.To; day = day.AddDays(1))
        {
            var at = Min(Zones.UsEastern.EndOfDay(day), asOf.Instant);
            days.Add(new ApiDailyRate(day, timeline.UsOnChina.RateAt(at), timeline.ChinaOnUs.RateAt(at)));
        }

        return format.Csv ? ApiEndpoints.Csv(days.Select(CsvFiles.DailyRateRow.Of), "daily-rates", asOf) : ApiEndpoints.List(query, days);
    }

    private static ApiTariffChange Of(TariffChange c, TariffLayer layer) => new(
        c.Key, layer.Key, layer.Imposer.ToString(), c.Rate, c.LowestRate, c.EndsLayer, c.ScheduledOnly, c.AnnouncedOn, c.EffectiveOn, c.EffectiveAt.ToUniversalTime(),
        c.Cause, c.Note, ApiMapping.Of(c.Sources));

    /// <param name="rateAsOf">The layer's rate at the as-of instant, as the timeline gives it (0 when not in force).</param>
    private static ApiTariffLayer Of(TariffLayer l, decimal rateAsOf) => new(
        l.Key, l.Imposer.ToString(), l.Target.ToString(), l.Authority.ToString(), l.Scope.ToString(), l.Name, l.Products, l.TradeCovered, l.Note,
        rateAsOf,
        [.. l.Changes.OrderBy(c => c.EffectiveAt).Select(c => Of(c, l))], ApiMapping.Of(l.Sources));

    private static ApiDirectionRate Of(DirectionTimeline direction, DateTimeOffset at) => new(
        direction.Imposer.ToString(), direction.Target.ToString(), direction.RateAt(at),
        [.. direction.LayersAt(at).Select(r => new ApiLayerRate(r.Layer.Key, r.Layer.Name, r.Layer.Scope.ToString(), r.Rate, r.SetBy.Key))],
        [.. direction.ScheduledEndsAt(at).Select(c => new ApiScheduledEnd(c.Layer.Key, c.Layer.Name, c.Key, c.EffectiveOn))]);

    private const string From = "The first day, YYYY-MM-DD; without it, the first day on record.";

    private const string To = "The last day, YYYY-MM-DD, not after the as-of date; without it, the as-of date.";

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
