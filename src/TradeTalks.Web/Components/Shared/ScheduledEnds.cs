using TradeTalks.Tariffs;

namespace TradeTalks.Web.Components.Shared;

/// <summary>
/// How an end that comes only from an order's schedule reads: never "ended", since no report says it happened.
/// </summary>
public static class ScheduledEnds
{
    /// <summary>"scheduled to end 24 Jul 2026", and once that day is reached, "; nothing on record since".</summary>
    public static string Words(TariffChange end, DateTimeOffset at) =>
        $"scheduled to end {Dates.Day(end.EffectiveOn)}" + (end.EffectiveAt <= at ? "; nothing on record since" : "");
}
