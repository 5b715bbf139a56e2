namespace TradeTalks.Truces;

/// <summary>
/// A truce during which both sides suspend part of their tariffs, with a deadline that extensions can push back.
/// </summary>
[DataSetEntry]
public sealed class TruceWindow : SourcedRecord
{
    public required string Name { get; set; }

    public DateOnly AnnouncedOn { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    /// <summary>The first deadline, before any extension.</summary>
    public DateTimeOffset Deadline { get; set; }

    /// <summary>The IANA time zone the deadline is set in (the terms give 00:01 US Eastern).</summary>
    public required string DeadlineZone { get; set; }

    /// <summary>
    /// The day a source reports that the truce lapsed. Only such a record makes it lapsed: a deadline that passes with
    /// nothing on record is its own state.
    /// </summary>
    public DateOnly? LapsedOn { get; set; }

    public string? LapseNote { get; set; }

    public required string Summary { get; set; }

    /// <summary>The extensions, listed in the order they were signed; each pushes the deadline later.</summary>
    public List<TruceExtension> Extensions { get; set; } = [];

    /// <summary>What the truce suspends, item by item.</summary>
    public List<TruceItem> Items { get; set; } = [];
}
