namespace TradeTalks.SourceChecks;

/// <summary>What a check of a source's address found.</summary>
public enum SourceCheckOutcome
{
    /// <summary>The address answered with a document, the same as at the last check (or the first time).</summary>
    Reachable,

    /// <summary>The address redirects to another document, which answered.</summary>
    Moved,

    /// <summary>The address answered 404 Not Found or 410 Gone.</summary>
    Gone,

    /// <summary>The document answered, but its bytes differ from the last check of the same address.</summary>
    Changed,

    /// <summary>No usable answer: refused, too slow, too large, an error status, or no connection.</summary>
    Unreachable,
}

/// <summary>
/// One check of one source's address: operational data kept beside the records (by the source's key, so it survives
/// an edit of the source and is not part of the exported data set).
/// </summary>
public sealed class SourceCheck
{
    public long Id { get; set; }

    public required string SourceKey { get; set; }

    public DateTimeOffset CheckedAt { get; set; }

    /// <summary>The address checked: the source's address at the time.</summary>
    public required string Address { get; set; }

    /// <summary>Where the last redirect led, or the address itself when there was none.</summary>
    public string? FinalAddress { get; set; }

    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    /// <summary>The SHA-256 of the body, in lower-case hex.</summary>
    public string? Sha256 { get; set; }

    public SourceCheckOutcome Outcome { get; set; }

    /// <summary>What happened, in words, for an editor.</summary>
    public string? Message { get; set; }
}
