using System.Text.Json.Serialization;

namespace TradeTalks.DataSets;

/// <summary>
/// The whole store as one document: the format of the bundled data set, of <c>export</c> and of <c>import</c>.
/// Records refer to each other by key. Its JSON Schema is <c>data/tradetalks.schema.json</c>; docs/data.md describes
/// it field by field.
/// </summary>
public sealed record DataSetDocument
{
    /// <summary>The version of this format; a reader refuses a version it does not know.</summary>
    public const int CurrentFormatVersion = 1;

    [JsonPropertyName("$schema")]
    public string? Schema { get; init; } = "./tradetalks.schema.json";

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    public IReadOnlyList<SourceEntry> Sources { get; init; } = [];

    public IReadOnlyList<PersonEntry> People { get; init; } = [];

    public IReadOnlyList<TalkEntry> Talks { get; init; } = [];

    public IReadOnlyList<TariffLayerEntry> TariffLayers { get; init; } = [];

    public IReadOnlyList<MeasureEntry> Measures { get; init; } = [];

    public IReadOnlyList<TruceWindowEntry> TruceWindows { get; init; } = [];

    public IReadOnlyList<CommitmentEntry> Commitments { get; init; } = [];

    public IReadOnlyList<IndicatorReleaseEntry> IndicatorReleases { get; init; } = [];

    public IReadOnlyList<StatementEntry> Statements { get; init; } = [];

    public IReadOnlyList<ClaimEntry> Claims { get; init; } = [];

    public IReadOnlyList<DevelopmentEntry> Developments { get; init; } = [];
}

/// <summary>A record in the data set: it has a key, and (but for sources) the keys of the sources it cites.</summary>
public interface IEntry
{
    string Key { get; }
}

public interface ISourcedEntry : IEntry
{
    IReadOnlyList<string> Sources { get; }
}

public sealed record SourceEntry : IEntry
{
    public required string Key { get; init; }

    public required string Publisher { get; init; }

    public required string Title { get; init; }

    public string? Url { get; init; }

    /// <summary>Only the publisher's site is known; <see cref="Url"/> is then its address, not the document's.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool PublisherSiteOnly { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public SourceKind Kind { get; init; }

    public DateOnly? PublishedOn { get; init; }

    public string? Note { get; init; }
}

public sealed record PersonEntry : ISourcedEntry
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required Side Side { get; init; }

    public required PersonRole Role { get; init; }

    public required string Title { get; init; }

    public required string Organisation { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}

public sealed record TalkEntry : ISourcedEntry
{
    public required string Key { get; init; }

    public required TalkKind Kind { get; init; }

    public required string Title { get; init; }

    public required string Place { get; init; }

    public required DateOnly FirstDay { get; init; }

    public required DateOnly LastDay { get; init; }

    /// <summary>Keys of the people who took part.</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];

    public required string Summary { get; init; }

    public string? Outcome { get; init; }

    public string? Note { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}

public sealed record TariffLayerEntry : ISourcedEntry
{
    public required string Key { get; init; }

    public required Side Imposer { get; init; }

    public required Side Target { get; init; }

    public required TariffAuthority Authority { get; init; }

    public required TariffScope Scope { get; init; }

    public required string Name { get; init; }

    public string? Products { get; init; }

    public string? TradeCovered { get; init; }

    public string? Note { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>The layer's rate over time, in the order the changes take effect.</summary>
    public IReadOnlyList<TariffChangeEntry> Changes { get; init; } = [];
}

public sealed record TariffChangeEntry : ISourcedEntry
{
    public required string Key { get; init; }

    public required decimal Rate { get; init; }

    /// <summary>The lowest rate where the rate differs by product; <see cref="Rate"/> is then the highest.</summary>
    public decimal? LowestRate { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool EndsLayer { get; init; }

    /// <summary>The end comes only from the order's schedule; no source reports that it happened.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool ScheduledOnly { get; init; }

    public DateOnly? AnnouncedOn { get; init; }

    public required DateOnly EffectiveOn { get; init; }

    /// <summary>The instant the rate applies from; when absent, 00:01 US Eastern on <see cref="EffectiveOn"/>.</summary>
    public DateTimeOffset? EffectiveAt { get; init; }

    public required string Cause { get; init; }

    public string? Note { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}

public sealed record TruceWindowEntry : ISourcedEntry
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required DateOnly AnnouncedOn { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required DateTimeOffset Deadline { get; init; }

    public required string DeadlineZone { get; init; }

    /// <summary>The day a source reports that the truce lapsed; without it a passed deadline is "nothing on record".</summary>
    public DateOnly? LapsedOn { get; init; }

    public string? LapseNote { get; init; }

    public required string Summary { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>The extensions in the order they were signed; each pushes the deadline later.</summary>
    public IReadOnlyList<TruceExtensionEntry> Extensions { get; init; } = [];

    /// <summary>What the truce suspends: points of a tariff layer, or a measure.</summary>
    public IReadOnlyList<TruceItemEntry> Items { get; init; } = [];
}

public sealed record TruceItemEntry : ISourcedEntry
{
    public required string Key { get; init; }

    public required Side Side { get; init; }

    /// <summary>The key of the tariff layer whose points are suspended; give this with points, or a measure.</summary>
    public string? Layer { get; init; }

    public decimal? Points { get; init; }

    /// <summary>The key of the measure suspended.</summary>
    public string? Measure { get; init; }

    /// <summary>The key of the extension (of the same truce) that added the item, if one did.</summary>
    public string? Extension { get; init; }

    /// <summary>When the suspension starts, if later than the truce.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>A deadline of its own, if not the truce's deadline in force.</summary>
    public DateTimeOffset? Until { get; init; }

    public required string Summary { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}

public sealed record MeasureEntry : ISourcedEntry
{
    public required string Key { get; init; }

    public required Side Side { get; init; }

    public required MeasureKind Kind { get; init; }

    public required string Title { get; init; }

    public required string Covers { get; init; }

    public string? Note { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>The measure's history, in the order the changes took effect.</summary>
    public IReadOnlyList<MeasureChangeEntry> Changes { get; init; } = [];
}

public sealed record MeasureChangeEntry : ISourcedEntry
{
    public required string Key { get; init; }

    public required MeasureState State { get; init; }

    public required DateOnly On { get; init; }

    /// <summary>The instant the state applies from; when absent, 00:01 US Eastern on <see cref="On"/>.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>For a suspension, when it is due to end.</summary>
    public DateTimeOffset? SuspendedUntil { get; init; }

    public required string Summary { get; init; }

    public string? Note { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}

public sealed record CommitmentEntry : ISourcedEntry
{
    public required string Key { get; init; }

    public required CommitmentParty Party { get; init; }

    public required DateOnly MadeOn { get; init; }

    public DateOnly? ReportedOn { get; init; }

    /// <summary>The key of the talk it was made at.</summary>
    public string? Talk { get; init; }

    public required string Title { get; init; }

    public decimal? Quantity { get; init; }

    public string? Unit { get; init; }

    public string? Period { get; init; }

    public required string Summary { get; init; }

    public string? Note { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>What sources later report, oldest first.</summary>
    public IReadOnlyList<CommitmentProgressEntry> Progress { get; init; } = [];
}

public sealed record CommitmentProgressEntry : ISourcedEntry
{
    public required string Key { get; init; }

    public required DateOnly On { get; init; }

    public required string Summary { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}

public sealed record TruceExtensionEntry : ISourcedEntry
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required DateOnly SignedOn { get; init; }

    /// <summary>When the extension counts as known; when absent, the start of <see cref="SignedOn"/> in US Eastern.</summary>
    public DateTimeOffset? SignedAt { get; init; }

    public required DateTimeOffset NewDeadline { get; init; }

    public required string Summary { get; init; }

    public string? Note { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}

public sealed record IndicatorReleaseEntry : ISourcedEntry
{
    public required string Key { get; init; }

    public required string Indicator { get; init; }

    public required string Region { get; init; }

    /// <summary>The key of a series the dashboard quotes, such as piie-average-us-on-cn.</summary>
    public string? Series { get; init; }

    public required Side Side { get; init; }

    public required string Period { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required decimal Value { get; init; }

    public required string Unit { get; init; }

    public decimal? Prior { get; init; }

    public string? PriorLabel { get; init; }

    public decimal? Expected { get; init; }

    public string? ExpectedNote { get; init; }

    public DateOnly? ReleasedOn { get; init; }

    public string? Note { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}

public sealed record StatementEntry : ISourcedEntry
{
    public required string Key { get; init; }

    /// <summary>The key of the person who spoke; give this or <see cref="Speaker"/>.</summary>
    public string? Person { get; init; }

    /// <summary>The organisation that spoke, when no person did.</summary>
    public string? Speaker { get; init; }

    public required Side Side { get; init; }

    public required DateOnly SaidOn { get; init; }

    public required string Words { get; init; }

    public required string Context { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}

public sealed record ClaimEntry : ISourcedEntry
{
    public required string Key { get; init; }

    /// <summary>A broken commitment (the default, left out when written) or an unconfirmed promise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ClaimKind Kind { get; init; }

    public required Side Accuser { get; init; }

    public required Side Accused { get; init; }

    public string? Person { get; init; }

    public required ClaimTopic Topic { get; init; }

    public required string Commitment { get; init; }

    public required string Summary { get; init; }

    public required DateOnly ReportedOn { get; init; }

    public DateOnly? ResolvedOn { get; init; }

    public string? Resolution { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}

public sealed record DevelopmentEntry : ISourcedEntry
{
    public required string Key { get; init; }

    public required Side Side { get; init; }

    public required DateOnly On { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public string? Note { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}
