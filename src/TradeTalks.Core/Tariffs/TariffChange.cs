namespace TradeTalks.Tariffs;

/// <summary>A layer's rate from one instant on: it holds until the layer's next change.</summary>
[DataSetEntry]
public sealed class TariffChange : SourcedRecord
{
    public int LayerId { get; set; }

    public TariffLayer Layer { get; set; } = null!;

    /// <summary>The layer's rate from <see cref="EffectiveAt"/>, in percentage points.</summary>
    public decimal Rate { get; set; }

    /// <summary>
    /// The lowest rate, where the layer's rate differs by product (5–25%); <see cref="Rate"/> is then the highest.
    /// </summary>
    public decimal? LowestRate { get; set; }

    /// <summary>True when the layer stops applying here (a ruling, a lifted duty, a lapsed term); the rate is then 0.</summary>
    [LeftOutWhenDefault]
    public bool EndsLayer { get; set; }

    /// <summary>
    /// True when the end comes only from the order's schedule (a term that runs out) and no report says it happened:
    /// pages say "scheduled to end", not "ended".
    /// </summary>
    [LeftOutWhenDefault]
    public bool ScheduledOnly { get; set; }

    public DateOnly? AnnouncedOn { get; set; }

    /// <summary>The day the sources give for the change, in US Eastern time.</summary>
    public DateOnly EffectiveOn { get; set; }

    /// <summary>The instant the rate applies from; the data set leaves it out when it is 00:01 US Eastern on <see cref="EffectiveOn"/>.</summary>
    [OptionalInDataSet(nameof(EffectiveOn), InstantOfDay.OneMinutePastMidnightEastern)]
    public DateTimeOffset EffectiveAt { get; set; }

    /// <summary>Why the rate changed, in the project's own words.</summary>
    public required string Cause { get; set; }

    public string? Note { get; set; }
}
