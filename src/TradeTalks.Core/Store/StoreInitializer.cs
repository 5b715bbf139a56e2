using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TradeTalks.DataSets;

namespace TradeTalks.Store;

/// <summary>
/// Brings the store up to date at start-up: applies pending migrations, then adds the bundled records it lacks. Both
/// are skipped when there is nothing to do: no migration is pending, and the bundled data set is the very file (by
/// SHA-256) the store was last brought up to, so a start reads and checks neither.
/// A start never gives up on a store that is busy, unreachable or damaged: it says why in the log and in
/// <see cref="StoreState"/> (which the readiness probe reports), and tries again.
/// </summary>
public sealed class StoreInitializer(
    IDbContextFactory<TradeTalksDbContext> contextFactory, Seeder seeder, StoreState state, TimeProvider time, ILogger<StoreInitializer> logger,
    StoreConnection connection)
{
    /// <summary>How long one attempt waits for a lock another process holds before it says so and tries again later.</summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan MigrationTimeout = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(30);

    /// <summary>Set once the schema holds every migration: from then on readers can be served whatever else waits.</summary>
    private bool _schemaCurrent;

    /// <summary>
    /// Applies pending migrations (when <paramref name="migrate"/>), marks the store serving, then adds the bundled
    /// records it lacks. Returns once the store serves and the bundled data set is in, or cannot be (read-only); it
    /// only throws when cancelled.
    /// </summary>
    /// <param name="migrate">False when another process (the <c>migrate</c> verb) migrates and seeds: this one waits.</param>
    public async Task InitializeAsync(bool migrate = true, CancellationToken cancellationToken = default)
    {
        var delay = FirstRetry;
        string? lastReason = null;
        while (true)
        {
            try
            {
                if (await TryInitializeAsync(migrate, cancellationToken))
                {
                    return;
                }
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && StoreFaults.IsReadOnly(exception) && _schemaCurrent)
            {
                // Only the bundled records were left to add: readers are served as the store is.
                state.ServeReadOnly(StoreFaults.Describe(exception)!);
                logger.LogWarning("The store is read-only, so the bundled data set was not checked and editing is unavailable: {Reason}", state.ReadOnlyReason);
                return;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested
                && (StoreFaults.IsStoreFault(exception) || exception is IOException or UnauthorizedAccessException))
            {
                var reason = StoreFaults.Describe(exception)
                    ?? "The folder of the database file cannot be used by this app (it must be able to create files beside the store). " +
                       "Check its permissions and free space.";
                state.Unavailable(reason);
                if (_schemaCurrent && StoreFaults.IsBusy(exception) && !state.IsServing)
                {
                    // Only adding the bundled records waits for the lock: readers are served what the store holds.
                    state.Serve();
                    logger.LogWarning("Serving the store as it is; the bundled data set is added once the lock is released");
                }

                if (reason != lastReason)
                {
                    // The reason, not a stack trace: the operator needs to know what to fix. The trace is at Debug.
                    logger.LogError("The store cannot be brought up to date yet: {Reason} ({Error}) Trying again every {Seconds} s at most.",
                        reason, exception.GetBaseException().Message, LastRetry.TotalSeconds);
                    logger.LogDebug(exception, "Store start-up fault");
                    lastReason = reason;
                }
                else
                {
                    logger.LogWarning("The store is still unavailable: {Reason} Trying again in {Seconds} s.", reason, delay.TotalSeconds);
                }
            }

            await Task.Delay(delay, time, cancellationToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LastRetry.Ticks));
        }
    }

    private async Task<bool> TryInitializeAsync(bool migrate, CancellationToken cancellationToken)
    {
        // Where a start's time goes, at Debug (docs/performance.md, cold start).
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (migrate && connection is { Provider: StoreProvider.Sqlite } sqlite
            && await SqliteStartCheck.CheckAsync(sqlite.ConnectionString, BundledFiles.Sha256(BundledFiles.DataSetName), cancellationToken) is { } current)
        {
            // The usual start: nothing to migrate or add, known without building EF Core's model.
            logger.LogDebug("Store check: current, by plain SQL, in {Milliseconds} ms", clock.ElapsedMilliseconds);
            _schemaCurrent = true;
            if (current.ReadOnly && await ReadOnlyReasonAsync(cancellationToken) is { } reason)
            {
                state.ServeReadOnly(reason);
                logger.LogWarning("The store is read-only: readers are served, editing is unavailable. {Reason}", reason);
                return true;
            }

            state.Serve();
            return true;
        }

        var pending = await PendingMigrationsAsync(cancellationToken);
        logger.LogDebug("Store check: pending migrations read in {Milliseconds} ms", clock.ElapsedMilliseconds);
        if (pending.Count > 0)
        {
            if (!migrate)
            {
                var reason = $"{pending.Count} migration(s) are not applied yet ({string.Join(", ", pending)}). This instance does not " +
                    "migrate (Store:MigrateOnStart is false): run the migrate verb, and it starts serving once they are applied.";
                if (state.UnavailableReason != reason)
                {
                    logger.LogWarning("Waiting for the store's migrations: {Reason}", reason);
                }

                state.Unavailable(reason);
                return false;
            }

            await MigrateAsync(cancellationToken);
        }

        _schemaCurrent = true;
        var readOnlyReason = await ReadOnlyReasonAsync(cancellationToken);
        logger.LogDebug("Store check: read-only probe done at {Milliseconds} ms", clock.ElapsedMilliseconds);
        if (readOnlyReason is { } readOnly)
        {
            state.ServeReadOnly(readOnly);
            logger.LogWarning("The store is read-only: readers are served, editing is unavailable. {Reason}", readOnly);
            return true;
        }

        if (migrate)
        {
            await SeedIfChangedAsync(cancellationToken);
            logger.LogDebug("Store check: bundled data set checked at {Milliseconds} ms", clock.ElapsedMilliseconds);
        }

        state.Serve();
        return true;
    }

    /// <summary>
    /// Adds the bundled records the store lacks, unless it was last brought up to this very file. False when they
    /// clash with records in the store (logged, and the store is served as it is).
    /// </summary>
    public async Task<bool> SeedIfChangedAsync(CancellationToken cancellationToken = default)
    {
        var hash = BundledFiles.Sha256(BundledFiles.DataSetName);
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.StoreMarks.AsNoTracking().AnyAsync(m => m.Name == StoreMark.BundledDataSet && m.Value == hash, cancellationToken))
            {
                logger.LogDebug("The bundled data set is the one the store was last brought up to; not checked again");
                return true;
            }
        }

        try
        {
            await seeder.SeedAsync(cancellationToken);
            await MarkAsync(hash, cancellationToken);
            return true;
        }
        catch (StoreWriteException exception) when (StoreFaults.IsStoreFault(exception))
        {
            // Busy or read-only: the caller says so and tries again or serves as it is.
            throw;
        }
        catch (StoreWriteException exception)
        {
            // A record added in the store clashes with one the bundled data set adds: serve the store as it is, and say so.
            logger.LogError(exception,
                "The bundled data set was not added, so the store is served as it is: {Reason} Export the store and compare it with data/tradetalks.json.",
                exception.Message);
            return false;
        }
    }

    /// <summary>
    /// Applies pending migrations only: what the command-line verbs need before they read or write. A migration lock
    /// left behind by a process killed while it migrated is removed first (see <see cref="MigrationGuard"/>).
    /// </summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // On SQLite the command timeout only bounds waiting for another process's lock, so a short one lets a start
        // say "busy" soon. On PostgreSQL it bounds every statement, and a migration's may take minutes.
        db.Database.SetCommandTimeout(db.IsPostgres() ? MigrationTimeout : LockWait);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            return pending;
        }

        await using var guard = await MigrationGuard.AcquireAsync(db, logger, time, cancellationToken);
        // Another process may have applied them while this one waited for the guard.
        pending = [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
        if (pending.Count == 0)
        {
            return pending;
        }

        logger.LogInformation("Applying {MigrationCount} migration(s): {Migrations}", pending.Count, pending);
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(LockWait);
        return [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
    }

    /// <summary>Why the store cannot be written, asked of SQLite itself (it opens a file it may not write read-only).</summary>
    private async Task<string?> ReadOnlyReasonAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (db.Database.GetDbConnection() is not SqliteConnection connection)
        {
            return null;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") != 1)
            {
                return null;
            }

            return new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly
                ? "The store is opened read-only (Mode=ReadOnly in ConnectionStrings:TradeTalks). Remove it to edit."
                : "The database file cannot be written by this app. Give the app's user write access to the file and its " +
                  "folder, then restart, to edit.";
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
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

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (StoreFaults.IsConstraint(exception))
        {
            // Another start (an instance, the migrate verb) marked the same file at the same moment: done either way.
            logger.LogDebug(exception, "The bundled data set's mark was written by another start");
        }
    }
}
