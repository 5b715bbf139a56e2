using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TradeTalks.Time;
using TradeTalks.Truces;
using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Api;

/// <summary>The truce windows and the truce's status at an instant.</summary>
public static class TruceApi
{
    internal static async Task<Results<Ok<ApiTruceStatus>, ProblemHttpResult>> Status(
        [AsParameters] AsOfQuery query, [FromQuery, Description("An instant, ISO 8601 (2025-08-12T04:01:00Z); without it, the as-of instant.")] string? at, TruceService truces, CancellationToken cancellationToken)
    {
        var instant = query.AsOf.Instant;
        if (!string.IsNullOrWhiteSpace(at))
        {
            if (!DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant))
            {
                return ApiInput.Parameter("at", $"\"{UserInput.Shorten(at)}\" is not an instant. Give it as ISO 8601, for example 2025-08-12T04:01:00Z.");
            }

            if (instant < Zones.UsEastern.StartOfDay(AsOf.Earliest) || instant > query.Time.GetUtcNow().AddDays(AsOf.MaxDaysAhead))
            {
                return ApiInput.Parameter("at", $"{at} is outside the range the store answers for: from {AsOf.Earliest:yyyy-MM-dd} to {AsOf.MaxDaysAhead} days from now.");
            }
        }

        var status = await truces.GetStatusAsync(AsOf.At(instant), cancellationToken);
        var given = string.IsNullOrWhiteSpace(at) ? "asOf" : "at";
        return status is null
            ? TypedResults.Problem($"No truce had been announced by {instant:yyyy-MM-ddTHH:mm:ssZ}. Give a later {given}.", statusCode: StatusCodes.Status404NotFound,
                title: "No truce on record", extensions: new Dictionary<string, object?> { ["parameter"] = given })
            : TypedResults.Ok(Of(status));
    }

    internal static async Task<Ok<ApiList<ApiTruceWindow>>> Windows([AsParameters] AsOfQuery query, TruceService truces, CancellationToken cancellationToken) =>
        ApiEndpoints.List(query, (await truces.GetWindowsAsync(query.AsOf, cancellationToken)).Select(Of));

    private static ApiTruceWindow Of(TruceWindow w) => new(
        w.Key, w.Name, w.AnnouncedOn, w.StartsAt.ToUniversalTime(), w.Deadline.ToUniversalTime(), w.DeadlineZone, w.LapsedOn, w.LapseNote, w.Summary,
        [.. w.Extensions.OrderBy(e => e.SignedAt).Select(e => new ApiTruceExtension(e.Key, e.Name, e.SignedOn, e.SignedAt.ToUniversalTime(), e.NewDeadline.ToUniversalTime(), e.Summary, ApiMapping.Of(e.Sources)))],
        ApiMapping.Of(w.Sources));

    private static ApiTruceStatus Of(TruceStatus s) => new(
        s.Window.Key, s.At.ToUniversalTime(), s.State.ToString(), s.CurrentTerm.Name, s.Deadline.ToUniversalTime(),
        new ApiTimeLeft(s.TimeLeft.Days, s.TimeLeft.Hours, s.TimeLeft.Minutes, s.TimeLeft.Seconds), Math.Round(s.ElapsedShare, 4), s.DataMayBeStale,
        [.. s.Items.Select(i => new ApiTruceItem(
            i.Item.Key, i.Item.Side.ToString(), i.Item.Layer?.Key, i.Item.Measure?.Key, i.Item.Points, i.From.ToUniversalTime(), i.Deadline.ToUniversalTime(),
            i.State.ToString(), i.RateBefore, i.RateOnLapse, i.Item.Summary, ApiMapping.Of(i.Item.Sources)))],
        ApiMapping.Of(s.CurrentTerm.Extension?.Sources ?? s.Window.Sources));
}
