using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TradeTalks.Store.Seed;

namespace TradeTalks.Store;

/// <summary>Brings the store up to date at start-up: applies pending migrations, then adds missing seed records.</summary>
public sealed class StoreInitializer(IDbContextFactory<TradeTalksDbContext> contextFactory, Seeder seeder, ILogger<StoreInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {MigrationCount} migration(s): {Migrations}", pending.Count, pending);
            }

            await db.Database.MigrateAsync(cancellationToken);
        }

        await seeder.SeedAsync(cancellationToken);
    }
}
