using TradeTalks.Store;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// Brings the store up to date while the host starts: the server listens at once (the liveness probe answers, the
/// readiness probe says what it waits for), and pages wait for the store through <see cref="StoreGate"/>. A store
/// that is busy, unreachable or damaged is tried again with a log line saying why, instead of stopping the process.
/// </summary>
public sealed class StoreStartup(StoreInitializer initializer, StoreState state, IConfiguration configuration, ILogger<StoreStartup> logger)
    : BackgroundService
{
    /// <summary>Store:MigrateOnStart (default true): false when the <c>migrate</c> verb migrates and seeds before instances start.</summary>
    public const string MigrateOnStartKey = "Store:MigrateOnStart";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the host's start-up path: ExecuteAsync runs synchronously up to its first await.
        await Task.Yield();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await initializer.InitializeAsync(configuration.GetValue(MigrateOnStartKey, true), stoppingToken);
            logger.LogInformation("Store ready in {StoreMilliseconds} ms", clock.ElapsedMilliseconds);
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
}
