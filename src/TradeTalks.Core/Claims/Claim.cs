namespace TradeTalks.Claims;

public enum ClaimTopic
{
    RareEarths,
    Chips,
    ChipDesignSoftware,
    StudentVisas,
    ExportControls,
    Tariffs,
    Purchases,
    Other,
}

public enum ClaimKind
{
    /// <summary>One side says the other broke a commitment.</summary>
    BrokenCommitment,

    /// <summary>One side says the other promised something that no published text confirms.</summary>
    UnconfirmedPromise,
}

/// <summary>
/// What one side says of the other's promises, as a claim and no more: that a commitment was broken, or that a
/// promise was made that no text confirms.
/// </summary>
[DataSetEntry]
public sealed class Claim : SourcedRecord
{
    /// <summary>A broken commitment (the default, left out of the data set) or an unconfirmed promise.</summary>
    [LeftOutWhenDefault]
    public ClaimKind Kind { get; set; }

    public Side Accuser { get; set; }

    public Side Accused { get; set; }

    public int? PersonId { get; set; }

    /// <summary>The official who made the accusation (by key in the data set), when the source names one.</summary>
    public Person? Person { get; set; }

    public ClaimTopic Topic { get; set; }

    /// <summary>The commitment said to be broken, in the project's own words.</summary>
    public required string Commitment { get; set; }

    public required string Summary { get; set; }

    /// <summary>The day the source reports the accusation.</summary>
    public DateOnly ReportedOn { get; set; }

    /// <summary>The day a source reports the matter settled (the measure complained of lifted, say).</summary>
    public DateOnly? ResolvedOn { get; set; }

    public string? Resolution { get; set; }
}
