namespace TradeTalks.Measures;

/// <summary>Where a measure stands at an instant, in the words a reader needs.</summary>
public enum MeasureStanding
{
    InForce,

    Suspended,

    /// <summary>A suspension's deadline has passed and no later change is on record: neither extended, resumed nor lifted.</summary>
    DeadlinePassed,

    Lifted,
}

/// <summary>A measure as it stood at an instant: its standing and the change that set it.</summary>
public sealed record MeasureStatus(Measure Measure, MeasureStanding Standing, MeasureChange Last, DateTimeOffset At)
{
    /// <summary>The measure's state at an instant, or null when nothing of it was on record yet.</summary>
    public static MeasureStatus? Of(Measure measure, DateTimeOffset at)
    {
        var last = measure.Changes.Where(c => c.At <= at).MaxBy(c => c.At);
        if (last is null)
        {
            return null;
        }

        var standing = last.State switch
        {
            MeasureState.Lifted => MeasureStanding.Lifted,
            MeasureState.Suspended when last.SuspendedUntil is { } until && until <= at => MeasureStanding.DeadlinePassed,
            MeasureState.Suspended => MeasureStanding.Suspended,
            _ => MeasureStanding.InForce,
        };
        return new MeasureStatus(measure, standing, last, at);
    }

    /// <summary>The changes on record by the instant, oldest first.</summary>
    public IReadOnlyList<MeasureChange> History => [.. Measure.Changes.Where(c => c.At <= At).OrderBy(c => c.At)];
}
