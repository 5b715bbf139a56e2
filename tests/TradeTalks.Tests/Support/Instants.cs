using TradeTalks.Time;

namespace TradeTalks.Tests.Support;

/// <summary>Readable instants for tests.</summary>
public static class Instants
{
    public static DateTimeOffset Eastern(int year, int month, int day, int hour = 0, int minute = 0) =>
        Zones.UsEastern.At(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    /// <summary>00:01 US Eastern: when orders and deadlines take effect.</summary>
    public static DateTimeOffset EffectiveOn(string isoDay) =>
        Zones.UsEasternOneMinutePastMidnight(DateOnly.Parse(isoDay, System.Globalization.CultureInfo.InvariantCulture));
}
