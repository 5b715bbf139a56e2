using System.Globalization;
using TradeTalks.Time;

namespace TradeTalks.Web.Components.Shared;

/// <summary>How dates and instants read on the dashboard: day month year, in English.</summary>
public static class Dates
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", English);

    public static string Day(DateOnly? day) => day is { } d ? Day(d) : "undated";

    public static string Range(DateOnly first, DateOnly? last) =>
        last is { } end && end != first
            ? first.Year == end.Year && first.Month == end.Month
                ? $"{first.Day}–{Day(end)}"
                : $"{first.ToString("d MMM", English)} – {Day(end)}"
            : Day(first);

    public static string Month(DateOnly day) => day.ToString("MMMM yyyy", English);

    /// <summary>An instant shown in a zone, with the zone's name: "12 Aug 2025, 00:01 US Eastern".</summary>
    public static string InZone(DateTimeOffset instant, TimeZoneInfo zone, string zoneName) =>
        instant.In(zone).ToString("d MMM yyyy, HH:mm", English) + " " + zoneName;

    public static string Iso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The day an instant falls on in US Eastern time.</summary>
    public static string EasternDay(DateTimeOffset instant) => Day(Zones.UsEastern.DayOf(instant));
}
