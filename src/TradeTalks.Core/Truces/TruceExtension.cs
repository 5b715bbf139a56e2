namespace TradeTalks.Truces;

/// <summary>One link of a truce's extension chain: signed on a day, it sets a new deadline.</summary>
[DataSetEntry]
public sealed class TruceExtension : SourcedRecord
{
    public int TruceWindowId { get; set; }

    public TruceWindow TruceWindow { get; set; } = null!;

    public required string Name { get; set; }

    public DateOnly SignedOn { get; set; }

    /// <summary>
    /// The instant the extension counts as known; the data set leaves it out when it is the start of
    /// <see cref="SignedOn"/> in US Eastern time.
    /// </summary>
    [OptionalInDataSet(nameof(SignedOn))]
    public DateTimeOffset SignedAt { get; set; }

    public DateTimeOffset NewDeadline { get; set; }

    public required string Summary { get; set; }

    public string? Note { get; set; }
}
