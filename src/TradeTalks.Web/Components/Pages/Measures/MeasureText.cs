using TradeTalks.Measures;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Web.Components.Pages.Measures;

/// <summary>How measures read on the page.</summary>
public static class MeasureText
{
    public static string Kind(MeasureKind kind) => kind.Label();

    public static string State(MeasureChange change) => change.State switch
    {
        MeasureState.Suspended when change.SuspendedUntil is { } until => $"Suspended until {Dates.InZone(until, TradeTalks.Time.Zones.UsEastern, "US Eastern")}",
        var state => state.ToString(),
    };

    /// <summary>Where the measure stands; a suspension that ran out with nothing on record says exactly that.</summary>
    public static string Standing(MeasureStatus status) => status.Standing switch
    {
        MeasureStanding.InForce => "In force",
        MeasureStanding.Suspended => $"Suspended until {Dates.EasternDay(status.Last.SuspendedUntil!.Value)}",
        MeasureStanding.DeadlinePassed =>
            $"Suspension deadline passed ({Dates.EasternDay(status.Last.SuspendedUntil!.Value)}); no extension or lapse on record",
        _ => "Lifted",
    };
}
