namespace TradeTalks.Web.Extensions;

/// <summary>
/// Gives memory back to the system once a burst of requests is over. The server collector runs without its dynamic
/// adaptation (decision 16): under load its budgets grow, and once requests stop nothing collects again, so an instance
/// would hold a news day's peak while it sits idle. Every <see cref="IdleMemoryTrimOptions.Seconds"/> this looks at how
/// much the app allocated since the last look; when that little was allocated (the app is idle) and the collector has
/// committed much more than after the last trim, it runs one aggressive, compacting collection, which decommits what
/// the heap no longer uses. Under load it never runs: a collection then costs the readers, and the memory is in use.
/// </summary>
public sealed class IdleMemoryTrim(IdleMemoryTrimOptions options)
{
    private long? _allocatedAtLastLook;
    private long? _committedAfterTrim;

    /// <summary>
    /// One look: the bytes allocated since the process started, and the bytes the collector has committed now. True
    /// when a trim is due; the caller runs it and reports what is committed after it with <see cref="Trimmed"/>.
    /// </summary>
    public bool Look(long allocatedBytes, long committedBytes)
    {
        var allocatedSince = allocatedBytes - (_allocatedAtLastLook ?? allocatedBytes);
        var first = _allocatedAtLastLook is null;
        _allocatedAtLastLook = allocatedBytes;
        _committedAfterTrim ??= committedBytes;
        if (first || allocatedSince > options.IdleBelowBytes)
        {
            return false;
        }

        return committedBytes - _committedAfterTrim.Value > options.GrowthBytes;
    }

    /// <summary>What the collector holds after a trim: the level the next one is measured from.</summary>
    public void Trimmed(long committedBytes) => _committedAfterTrim = committedBytes;
}

/// <summary>Memory:IdleTrim in configuration; docs/configuration.md.</summary>
public sealed record IdleMemoryTrimOptions
{
    /// <summary>How often to look; 0 turns the trim off.</summary>
    public int Seconds { get; init; } = 15;

    /// <summary>Less than this allocated between two looks counts as idle (a few page renders, the store's polls).</summary>
    public long IdleBelowBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>A trim runs only when the collector has committed this much more than after the last trim.</summary>
    public long GrowthBytes { get; init; } = 64L * 1024 * 1024;
}

/// <summary>Runs <see cref="IdleMemoryTrim"/> on its period, against the process's own collector.</summary>
public sealed class IdleMemoryTrimService(IdleMemoryTrimOptions options, TimeProvider time, ILogger<IdleMemoryTrimService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Seconds <= 0)
        {
            return;
        }

        var trim = new IdleMemoryTrim(options);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Seconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
                if (!trim.Look(GC.GetTotalAllocatedBytes(), committed))
                {
                    continue;
                }

                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                var after = GC.GetGCMemoryInfo().TotalCommittedBytes;
                trim.Trimmed(after);
                logger.LogInformation("Idle: the collector gave back {ReturnedMegabytes} MB ({CommittedMegabytes} MB committed now)", (committed - after) >> 20, after >> 20);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
