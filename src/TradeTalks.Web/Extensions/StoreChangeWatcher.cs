using Microsoft.EntityFrameworkCore;
using TradeTalks.DataSets;
using TradeTalks.Store;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// Notices writes made elsewhere: by another instance on the same database, or by the <c>import</c> verb. A write made
/// here tells this instance's caches at once (the write path calls the observers); one made elsewhere is seen here by
/// the newest change set's number, asked every Store:ChangePollSeconds (default 5; 0 turns it off), and the same
/// observers are told, so cached pages and remembered figures give way to the edit within seconds.
/// </summary>
public sealed class StoreChangeWatcher(
    IDbContextFactory<TradeTalksDbContext> contextFactory, IEnumerable<IStoreWriteObserver> observers, StoreState state,
    IConfiguration configuration, TimeProvider time, ILogger<StoreChangeWatcher> logger, NextStoreCheck? nextCheck = null) : BackgroundService
{
    public const string PollKey = "Store:ChangePollSeconds";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue(PollKey, 5.0);
        if (seconds <= 0)
        {
            return;
        }

        try
        {
            await state.Serving.WaitAsync(stoppingToken);
            ChangeSetSeen? seen = null;
            var known = false;
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
            do
            {
                var asked = time.GetUtcNow();
                try
                {
                    var newest = await NewestAsync(stoppingToken);
                    if (known && newest?.Id != seen?.Id)
                    {
                        var noticed = time.GetUtcNow();
                        await TellObserversAsync();
                        // One line per change noticed, with what a late page needs to be traced (bench/news-day.sh keeps the logs).
                        logger.LogInformation(
                            "The store was written elsewhere: change set {ChangeSet} (begun at {WrittenAt:O}; the one before it {Previous}), noticed at {NoticedAt:O}; " +
                            "dropped in {DropMs:0} ms: {Dropped}",
                            newest?.Id, newest?.At, seen?.Id, noticed, (time.GetUtcNow() - noticed).TotalMilliseconds, Forgotten);
                    }
                    else if (!known)
                    {
                        logger.LogInformation("Watching for writes made elsewhere from change set {ChangeSet}, every {Seconds} s", newest?.Id, seconds);
                    }

                    (seen, known) = (newest, true);
                    // Set once what this check found is dropped: copies taken before then may be kept only until the next.
                    nextCheck?.Expect(asked + TimeSpan.FromSeconds(seconds));
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // The store is away for a moment (the readiness probe and the pages say so); ask again next time.
                    // Nothing here may stop the instance. A warning, not a debug line: each missed question delays every page
                    // of a change made meanwhile by a whole interval.
                    logger.LogWarning(exception, "Could not ask the store for its newest change set; asking again in {Seconds} s", seconds);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private Task TellObserversAsync() => observers.TellAllAsync((observer, exception) =>
        logger.LogError(exception, "{Observer} failed to drop what it keeps; it is dropped again after the next write", observer.GetType().Name));

    /// <summary>What the observers keep, by name: what a noticed change drops.</summary>
    private string Forgotten => string.Join(", ", observers.Select(o => o.GetType().Name));

    private async Task<ChangeSetSeen?> NewestAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ChangeSets.OrderByDescending(c => c.Id).Select(c => new ChangeSetSeen(c.Id, c.At)).FirstOrDefaultAsync(cancellationToken);
    }

    private sealed record ChangeSetSeen(long Id, DateTimeOffset At);
}
