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
            long? seen = await NewestAsync(stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                long? newest;
                try
                {
                    newest = await NewestAsync(stoppingToken);
                }
                catch (Exception exception) when (StoreFaults.IsStoreFault(exception))
                {
                    // The store is away for a moment; the readiness probe and the pages say so. Ask again next time.
                    continue;
                }

                if (newest == seen)
                {
                    continue;
                }

                logger.LogInformation("The store was written elsewhere (change set {ChangeSet}); cached pages and figures are dropped", newest);
                seen = newest;
                foreach (var observer in observers)
                {
                    await observer.StoreWrittenAsync();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<long?> NewestAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ChangeSets.MaxAsync(c => (long?)c.Id, cancellationToken);
    }
}
