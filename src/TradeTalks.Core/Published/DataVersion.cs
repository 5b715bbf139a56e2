namespace TradeTalks.Published;

/// <summary>
/// A version of the data: the number of the change set that made it (change sets are numbered as they are written, one
/// writer at a time, so the number only grows) and when it was written.
/// </summary>
public sealed record DataVersion(long Number, DateTimeOffset At);

/// <summary>What a reader asked for: the record as published at an instant, or at a version by its number.</summary>
public sealed record PublishedPoint(DateTimeOffset? At, long? Version)
{
    public static PublishedPoint Instant(DateTimeOffset at) => new(at, null);

    public static PublishedPoint Numbered(long version) => new(null, version);
}

/// <summary>The corrections published after a version: how many change sets, and when the first and the last were written.</summary>
public sealed record LaterChanges(int Count, DateTimeOffset? First, DateTimeOffset? Last);
