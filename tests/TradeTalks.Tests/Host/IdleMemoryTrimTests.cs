using TradeTalks.Web.Extensions;

namespace TradeTalks.Tests.Host;

public sealed class IdleMemoryTrimTests
{
    private const long Megabyte = 1024 * 1024;
    private static readonly IdleMemoryTrimOptions Options = new() { IdleBelowBytes = 32 * Megabyte, GrowthBytes = 64 * Megabyte };

    [Fact]
    public void TheFirstLookOnlyTakesItsBearings()
    {
        var trim = new IdleMemoryTrim(Options);

        Assert.False(trim.Look(allocatedBytes: 10_000 * Megabyte, committedBytes: 900 * Megabyte));
    }

    [Fact]
    public void AnIdleAppThatGrewSinceItsLastTrimIsTrimmed()
    {
        var trim = new IdleMemoryTrim(Options);
        trim.Look(1_000 * Megabyte, 200 * Megabyte);

        // A burst: much allocated, the heap grown.
        Assert.False(trim.Look(9_000 * Megabyte, 450 * Megabyte));

        // Then quiet: a few megabytes allocated, the heap still grown.
        Assert.True(trim.Look(9_010 * Megabyte, 450 * Megabyte));
    }

    [Fact]
    public void AnAppUnderLoadIsNeverTrimmed()
    {
        var trim = new IdleMemoryTrim(Options);
        trim.Look(0, 200 * Megabyte);

        Assert.False(trim.Look(500 * Megabyte, 800 * Megabyte));
        Assert.False(trim.Look(1_000 * Megabyte, 800 * Megabyte));
    }

    [Fact]
    public void AnIdleAppThatHasNotGrownIsLeftAlone()
    {
        var trim = new IdleMemoryTrim(Options);
        trim.Look(0, 200 * Megabyte);

        Assert.False(trim.Look(1 * Megabyte, 250 * Megabyte));
    }

    [Fact]
    public void TheNextTrimIsMeasuredFromWhatTheLastOneLeft()
    {
        var trim = new IdleMemoryTrim(Options);
        trim.Look(0, 200 * Megabyte);
        trim.Look(5_000 * Megabyte, 600 * Megabyte);
        Assert.True(trim.Look(5_001 * Megabyte, 600 * Megabyte));
        trim.Trimmed(300 * Megabyte);

        // Idle again with no new growth: nothing to give back.
        Assert.False(trim.Look(5_002 * Megabyte, 320 * Megabyte));

        // Another burst and quiet: measured from the 300 MB the trim left, not from the start.
        trim.Look(9_000 * Megabyte, 400 * Megabyte);
        Assert.True(trim.Look(9_001 * Megabyte, 400 * Megabyte));
    }
}
