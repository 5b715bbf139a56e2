namespace TradeTalks.Sources;

/// <summary>A published report that records cite. Every other record in the store points at one or more.</summary>
[DataSetEntry]
public sealed class Source : IKeyed, IEditable
{
    public int Id { get; set; }

    /// <summary>Stable identifier, used by the seed to know what is already stored.</summary>
    public required string Key { get; set; }

    public required string Publisher { get; set; }

    public required string Title { get; set; }

    public string? Url { get; set; }

    /// <summary>True when only the publisher's site is known: <see cref="Url"/> is no more than its address, never a citation.</summary>
    [LeftOutWhenDefault]
    public bool PublisherSiteOnly { get; set; }

    /// <summary>What kind of source it is: the publisher's own, a relay or an aggregator's, or a report no other confirms.</summary>
    [LeftOutWhenDefault]
    public SourceKind Kind { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }
}
