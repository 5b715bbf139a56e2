using Microsoft.Extensions.Options;
using TradeTalks.SourceChecks;
using TradeTalks.Store;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// Checks every source's address each Sources:CheckEveryHours (off when 0), from inside the app. Instances sharing a
/// store take turns through <see cref="SourceCheckLease"/>: whichever takes the lease checks; the others find it held.
/// </summary>
public sealed class SourceCheckSchedule(
    IOptions<SourceCheckOptions> options, SourceCheckLease lease, SourceChecker checker, StoreState store, TimeProvider time,
    ILogger<SourceCheckSchedule> logger) : BackgroundService
{
    private readonly string _holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var hours = options.Value.CheckEveryHours;
        if (hours <= 0)
        {
            return;
        }

        var period = TimeSpan.FromHours(hours);
        // Asked for more often than it lasts, so that a lease whose holder stopped is taken up soon after it ends.
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Min(5, period.TotalMinutes)), time);
        await store.Serving.WaitAsync(stoppingToken);
        do
        {
            try
            {
                if (await lease.TryTakeAsync(_holder, period, stoppingToken))
                {
                    await checker.CheckAsync(null, stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "The scheduled check of sources failed; it is tried again when the lease next ends");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
