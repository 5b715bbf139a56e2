namespace TradeTalks.Time;

/// <summary>The time zones the talks are dated in.</summary>
public static class Zones
{
    public const string UsEasternId = "America/New_York";
    public const string BeijingId = "Asia/Shanghai";

    public static TimeZoneInfo UsEastern { get; } = TimeZoneInfo.FindSystemTimeZoneById(UsEasternId);

    public static TimeZoneInfo Beijing { get; } = TimeZoneInfo.FindSystemTimeZoneById(BeijingId);

    /// <summary>The instant a wall-clock time on a day occurs in a zone.</summary>
    public static DateTimeOffset At(this TimeZoneInfo zone, DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>00:01 US Eastern on a day: when US tariff orders and the truce deadlines take effect.</summary>
    public static DateTimeOffset UsEasternOneMinutePastMidnight(DateOnly day) => UsEastern.At(day, new TimeOnly(0, 1));

    public static DateTimeOffset StartOfDay(this TimeZoneInfo zone, DateOnly day) => zone.At(day, TimeOnly.MinValue);

    /// <summary>The last instant of a day in a zone: one tick before the next day starts.</summary>
    public static DateTimeOffset EndOfDay(this TimeZoneInfo zone, DateOnly day) =>
        zone.StartOfDay(day.AddDays(1)).AddTicks(-1);

    /// <summary>The calendar day an instant falls on in a zone.</summary>
    public static DateOnly DayOf(this TimeZoneInfo zone, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    public static DateTimeOffset In(this DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);
}
