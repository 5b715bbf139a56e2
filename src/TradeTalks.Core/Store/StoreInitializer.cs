using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TradeTalks.DataSets;

namespace TradeTalks.Store;

/// <summary>
/// Brings the store up to date at start-up: applies pending migrations, then adds the bundled records it lacks. Both
/// are skipped when there is nothing to do: no migration is pending, and the bundled data set is the very file (by
/// SHA-256) the store was last brought up to, so a start reads and checks neither.
/// </summary>
public sealed class StoreInitializer(
    IDbContextFactory<TradeTalksDbContext> contextFactory, Seeder seeder, TimeProvider time, ILogger<StoreInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await MigrateAsync(cancellationToken);
        var hash = BundledFiles.Sha256(BundledFiles.DataSetName);
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.StoreMarks.AsNoTracking().AnyAsync(m => m.Name == StoreMark.BundledDataSet && m.Value == hash, cancellationToken))
            {
                logger.LogDebug("The bundled data set is the one the store was last brought up to; not checked again");
                return;
            }
        }

        try
        {
            await seeder.SeedAsync(cancellationToken);
            await MarkAsync(hash, cancellationToken);
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
        if (pending.Count == 0)
        {
            return;
        }

        logger.LogInformation("Applying {MigrationCount} migration(s): {Migrations}", pending.Count, pending);
        await db.Database.MigrateAsync(cancellationToken);
    }

    private async Task MarkAsync(string hash, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var mark = await db.StoreMarks.FindAsync([StoreMark.BundledDataSet], cancellationToken);
        if (mark is null)
        {
            db.StoreMarks.Add(new StoreMark { Name = StoreMark.BundledDataSet, Value = hash, At = time.GetUtcNow() });
        }
        else
        {
            mark.Value = hash;
            mark.At = time.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
