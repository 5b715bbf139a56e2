using Microsoft.Extensions.Diagnostics.HealthChecks;
using TradeTalks.Store;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// Ready when the store answers and holds every migration: asked of the database on each probe, so a store that goes
/// away while the app runs fails the probe too. A read-only store is ready (readers are served) and says so.
/// </summary>
public sealed class StoreReadinessCheck(StoreInitializer initializer, StoreState state) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.IsServing)
        {
            return HealthCheckResult.Unhealthy(state.UnavailableReason);
        }

        try
        {
            var pending = await initializer.PendingMigrationsAsync(cancellationToken);
            if (pending.Count > 0)
            {
                return HealthCheckResult.Unhealthy($"{pending.Count} migration(s) are not applied: {string.Join(", ", pending)}. Run the migrate verb.");
            }
        }
        catch (Exception exception) when (StoreFaults.IsStoreFault(exception) || exception is InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy(StoreFaults.Describe(exception) ?? exception.Message);
        }

        return state.ReadOnlyReason is { } readOnly
            ? HealthCheckResult.Healthy($"Read-only: {readOnly}")
            : HealthCheckResult.Healthy("The store answers and holds every migration.");
    }
}
