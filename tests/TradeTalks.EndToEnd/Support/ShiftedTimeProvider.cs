namespace TradeTalks.EndToEnd.Support;

/// <summary>
/// A clock that runs at real speed from a chosen starting instant, so a live countdown ticks in the browser
/// while the figures stay those of a known date.
/// </summary>
public sealed class ShiftedTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _shift = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
