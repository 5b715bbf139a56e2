using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TradeTalks.DataSets;

namespace TradeTalks.Store;

/// <summary>Brings the store up to date at start-up: applies pending migrations, then adds the bundled records it lacks.</summary>
public sealed class StoreInitializer(IDbContextFactory<TradeTalksDbContext> contextFactory, Seeder seeder, ILogger<StoreInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await MigrateAsync(cancellationToken);
        try
        {
            await seeder.SeedAsync(cancellationToken);
        }
        catch (StoreWriteException exception)
        {
            // A record added in the store clashes with one the bundled data set adds: serve the store as it is, and say so.
            logger.LogError(exception,
                "The bundled data set was not added, so the store is served as it is: {Reason} Export the store and compare it with data/tradetalks.json.",
                exception.Message);
        }
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
