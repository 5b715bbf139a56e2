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
    IConfiguration configuration, TimeProvider time, ILogger<StoreChangeWatcher> logger) : BackgroundService
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
            long? seen = null;
            var known = false;
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
            do
            {
                try
                {
                    var newest = await NewestAsync(stoppingToken);
                    if (known && newest != seen)
                    {
                        logger.LogInformation("The store was written elsewhere (change set {ChangeSet}); cached pages and figures are dropped", newest);
                        await TellObserversAsync();
                    }

                    (seen, known) = (newest, true);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // The store is away for a moment (the readiness probe and the pages say so); ask again next time.
                    // Nothing here may stop the instance.
                    logger.LogDebug(exception, "Could not ask the store for its newest change set");
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

    private async Task<long?> NewestAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ChangeSets.MaxAsync(c => (long?)c.Id, cancellationToken);
    }
}
