namespace TradeTalks.Store;

/// <summary>
/// A record an import removed on purpose (<c>--replace</c>). The start-up seed does not bring it back, and its time
/// counts as an edit for the freshness line. Adding a record with the same key again clears it.
/// </summary>
public sealed class RemovedRecord
{
    public int Id { get; set; }

    /// <summary>The kind as the data set names it: "talks", "tariffChanges", ...</summary>
    public required string Kind { get; set; }

    public required string Key { get; set; }

    public DateTimeOffset RemovedAt { get; set; }
}
