namespace TradeTalks.Measures;

public enum MeasureState
{
    Imposed,
    Tightened,

    /// <summary>Set aside until <see cref="MeasureChange.SuspendedUntil"/>.</summary>
    Suspended,
    Lifted,
    Resumed,
}

/// <summary>A step in a measure's history: from an instant on, it stands in a new state.</summary>
[DataSetEntry]
public sealed class MeasureChange : SourcedRecord
{
    public int MeasureId { get; set; }

    public Measure Measure { get; set; } = null!;

    public MeasureState State { get; set; }

    /// <summary>The day the sources give, in US Eastern time.</summary>
    public DateOnly On { get; set; }

    /// <summary>The instant the state applies from; the data set leaves it out when it is 00:01 US Eastern on <see cref="On"/>.</summary>
    [OptionalInDataSet(nameof(On), InstantOfDay.OneMinutePastMidnightEastern)]
    public DateTimeOffset At { get; set; }

    /// <summary>For a suspension, when it is due to end.</summary>
    public DateTimeOffset? SuspendedUntil { get; set; }

    /// <summary>What changed, in the project's own words.</summary>
    public required string Summary { get; set; }

    public string? Note { get; set; }
}
