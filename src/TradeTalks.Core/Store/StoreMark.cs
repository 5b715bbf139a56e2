namespace TradeTalks.Store;

/// <summary>
/// A fact the store keeps about itself, by name: which bundled data set it was last brought up to
/// ("bundled-data-set" → the file's SHA-256), so a start-up with the same file skips reading and checking it; and who
/// holds the lease on the scheduled check of sources, until when ("source-check-lease" → the holder, At its end).
/// </summary>
public sealed class StoreMark
{
    public const string BundledDataSet = "bundled-data-set";

    public const string SourceCheckLease = "source-check-lease";

    public required string Name { get; set; }

    public required string Value { get; set; }

    public DateTimeOffset At { get; set; }
}
