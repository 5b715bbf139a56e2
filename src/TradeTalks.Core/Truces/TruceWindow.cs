using TradeTalks.Sources;

namespace TradeTalks.Truces;

/// <summary>
/// A truce during which both sides suspend part of their tariffs, with a deadline that extensions can push back.
/// </summary>
public sealed class TruceWindow : ISourced, IEditable
{
    public int Id { get; set; }

    public required string Key { get; set; }

    public required string Name { get; set; }

    public DateOnly AnnouncedOn { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    /// <summary>The first deadline, before any extension.</summary>
    public DateTimeOffset Deadline { get; set; }

    /// <summary>The IANA time zone the deadline is set in (the terms give 00:01 US Eastern).</summary>
    public required string DeadlineZone { get; set; }

    /// <summary>Percentage points the US suspends on Chinese goods while the truce holds.</summary>
    public decimal SuspendedPointsUsOnChina { get; set; }

    public decimal SuspendedPointsChinaOnUs { get; set; }

    /// <summary>The US rate that returns on lapse, with the layer it applies to.</summary>
    public decimal LapseRateUsOnChina { get; set; }

    public decimal LapseRateChinaOnUs { get; set; }

    public required string LapseTerms { get; set; }

    public required string Summary { get; set; }

    public List<TruceExtension> Extensions { get; set; } = [];

    public List<Source> Sources { get; set; } = [];

    public DateTimeOffset? UpdatedAt { get; set; }
}
