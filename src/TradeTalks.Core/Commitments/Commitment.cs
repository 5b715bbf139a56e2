namespace TradeTalks.Commitments;

/// <summary>Who made a promise: one side, or both together.</summary>
public enum CommitmentParty
{
    UnitedStates,
    China,
    Both,
}

/// <summary>A promise one side (or both) made in the talks: what, how much, over what period, and where.</summary>
[DataSetEntry]
public sealed class Commitment : SourcedRecord
{
    public CommitmentParty Party { get; set; }

    /// <summary>The day the promise was made.</summary>
    public DateOnly MadeOn { get; set; }

    /// <summary>The first day a source reports it, when later than <see cref="MadeOn"/>; it counts as known from then.</summary>
    public DateOnly? ReportedOn { get; set; }

    public int? TalkId { get; set; }

    /// <summary>The talk it was made at (by key in the data set), when it was made at one.</summary>
    public Talk? Talk { get; set; }

    /// <summary>What was promised, briefly: "Buy US soybeans".</summary>
    public required string Title { get; set; }

    public decimal? Quantity { get; set; }

    /// <summary>The unit of <see cref="Quantity"/>: "million tonnes", "billion US dollars".</summary>
    public string? Unit { get; set; }

    /// <summary>The period the quantity covers: "late 2025", "each year of 2026–2028".</summary>
    public string? Period { get; set; }

    public required string Summary { get; set; }

    public string? Note { get; set; }

    /// <summary>What sources later report; the data set lists it oldest first.</summary>
    public List<CommitmentProgress> Progress { get; set; } = [];

    /// <summary>The day the promise counts as known.</summary>
    public DateOnly KnownOn => ReportedOn ?? MadeOn;
}

/// <summary>What a source later reports about a commitment: a step taken, a figure, a delay.</summary>
[DataSetEntry]
public sealed class CommitmentProgress : SourcedRecord
{
    public int CommitmentId { get; set; }

    public Commitment Commitment { get; set; } = null!;

    public DateOnly On { get; set; }

    public required string Summary { get; set; }
}
