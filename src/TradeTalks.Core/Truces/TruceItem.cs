namespace TradeTalks.Truces;

/// <summary>
/// One thing a truce suspends: points of a tariff layer, or a measure. It runs from the truce's start (or a later
/// instant) to the truce's deadline in force (or a deadline of its own). What returns if it lapses is worked out from
/// it and the layers in force then (<see cref="TruceItemStatus"/>), never stored.
/// </summary>
[DataSetEntry]
public sealed class TruceItem : SourcedRecord
{
    public int TruceWindowId { get; set; }

    public TruceWindow TruceWindow { get; set; } = null!;

    /// <summary>The side that suspends it.</summary>
    public Side Side { get; set; }

    public int? LayerId { get; set; }

    /// <summary>The layer whose points are suspended (by key in the data set); null for a measure.</summary>
    public TariffLayer? Layer { get; set; }

    /// <summary>The percentage points of <see cref="Layer"/> suspended.</summary>
    public decimal? Points { get; set; }

    public int? MeasureId { get; set; }

    /// <summary>The measure suspended (by key in the data set); null for tariff points.</summary>
    public Measure? Measure { get; set; }

    public int? ExtensionId { get; set; }

    /// <summary>
    /// The extension (of the same truce, by key in the data set) that added the item; null when the truce itself
    /// suspends it. It counts as known from then.
    /// </summary>
    public TruceExtension? Extension { get; set; }

    /// <summary>When the suspension starts, if later than the truce.</summary>
    public DateTimeOffset? From { get; set; }

    /// <summary>A deadline of its own, if it is not the truce's deadline in force.</summary>
    public DateTimeOffset? Until { get; set; }

    public required string Summary { get; set; }
}
