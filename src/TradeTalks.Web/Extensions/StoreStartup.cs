using TradeTalks.Store;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// Brings the store up to date while the host starts: the server listens at once (the liveness probe answers, the
/// readiness probe says what it waits for), and pages wait for the store through <see cref="StoreGate"/>. A store
/// that is busy, unreachable or damaged is tried again with a log line saying why, instead of stopping the process.
/// </summary>
public sealed class StoreStartup(
    StoreInitializer initializer, StoreState state, IServiceProvider services, TimeProvider time, IConfiguration configuration, ILogger<StoreStartup> logger)
    : BackgroundService
{
    /// <summary>Store:MigrateOnStart (default true): false when the <c>migrate</c> verb migrates and seeds before instances start.</summary>
    public const string MigrateOnStartKey = "Store:MigrateOnStart";

    /// <summary>
    /// Store:WarmUp (default true): once the store serves, read what the overview reads, so EF Core builds its model and
    /// compiles those queries while the server is still starting rather than during the first reader's request.
    /// </summary>
    public const string WarmUpKey = "Store:WarmUp";

    private Task? _started;

    /// <summary>Starts at once, before the host starts its services (<see cref="StoreExtensions.StartStoreEarly"/>).</summary>
    public void StartEarly() => _started ??= base.StartAsync(CancellationToken.None);

    /// <summary>Starts with the host, unless it was started early: it runs once either way.</summary>
    public override Task StartAsync(CancellationToken cancellationToken) => _started ??= base.StartAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the host's start-up path: ExecuteAsync runs synchronously up to its first await.
        await Task.Yield();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await initializer.InitializeAsync(configuration.GetValue(MigrateOnStartKey, true), stoppingToken);
            logger.LogInformation("Store ready in {StoreMilliseconds} ms", clock.ElapsedMilliseconds);
            if (configuration.GetValue(WarmUpKey, true))
            {
                await WarmUpAsync(stoppingToken);
                logger.LogDebug("Warmed up at {Milliseconds} ms", clock.ElapsedMilliseconds);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // Whatever went wrong, the instance stays up: the probe reports it and pages answer 503 with the reason.
            state.Unavailable("The store could not be brought up to date; the app's log says why. Restart the app once it is fixed.");
            logger.LogCritical(exception, "Bringing the store up to date failed for a reason start-up does not know how to retry");
        }
    }

    /// <summary>What the overview reads (OverviewService): a failure here only means the first request does the work.</summary>
    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Through the memo: the first reader of the overview is given what the warm-up read, or waits for it.
            await services.GetRequiredService<TradeTalks.FrontPage.OverviewService>().GetAsync(TradeTalks.Time.AsOf.Now(time), cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug(exception, "Warming up failed; the first request does the work instead");
        }
    }
}
