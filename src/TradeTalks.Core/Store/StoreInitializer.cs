using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace TradeTalks.Store;

/// <summary>Brings the store up to date at start-up: applies pending migrations, then adds the bundled records it lacks.</summary>
public sealed class StoreInitializer(IDbContextFactory<TradeTalksDbContext> contextFactory, Seeder seeder, ILogger<StoreInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await MigrateAsync(cancellationToken);
        await seeder.SeedAsync(cancellationToken);
    }

    /// <summary>Applies pending migrations only: what the command-line verbs need before they read or write.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {MigrationCount} migration(s): {Migrations}", pending.Count, pending);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
