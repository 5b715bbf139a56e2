namespace TradeTalks.Store;

/// <summary>
/// A fact the store keeps about itself, by name: today only which bundled data set it was last brought up to
/// ("bundled-data-set" → the file's SHA-256), so a start-up with the same file skips reading and checking it.
/// </summary>
public sealed class StoreMark
{
    public const string BundledDataSet = "bundled-data-set";

    public required string Name { get; set; }

    public required string Value { get; set; }

    public DateTimeOffset At { get; set; }
}
