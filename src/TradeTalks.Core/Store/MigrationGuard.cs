using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace TradeTalks.Store;

/// <summary>
/// Makes migrating a SQLite store safe against a process killed part-way. EF Core serialises migrators on SQLite with
/// a row in <c>__EFMigrationsLock</c>, which a killed process leaves behind, and every later start then waits for it
/// for ever. This guard takes an operating-system lock on a file beside the database first; the system releases it
/// when its holder dies. Whoever holds the guard is the only migrator on this machine, so a lock row it finds was left
/// by a process that is gone, and it is removed.
/// </summary>
public sealed class MigrationGuard : IAsyncDisposable
{
    private const string LockTable = "__EFMigrationsLock";

    /// <summary>How long a start waits for another migrator before it reports the guard file as the problem.</summary>
    private static readonly TimeSpan LockPatience = TimeSpan.FromMinutes(2);
    private readonly FileStream? _file;

    private MigrationGuard(FileStream? file) => _file = file;

    public static async Task<MigrationGuard> AcquireAsync(
        TradeTalksDbContext db, ILogger logger, TimeProvider time, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection connection)
        {
            return new MigrationGuard(null);
        }

        var file = GuardFile(connection.ConnectionString);
        var stream = file is null ? null : await LockFileAsync(file, logger, time, cancellationToken);
        try
        {
            await RemoveLeftoverLockAsync(db, logger, cancellationToken);
        }
        catch
        {
            stream?.Dispose();
            throw;
        }

        return new MigrationGuard(stream);
    }

    /// <summary>The guard's file: <c>store.db-migration-lock</c> beside <c>store.db</c>; none for an in-memory store.</summary>
    internal static string? GuardFile(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString);
        return string.IsNullOrEmpty(source.DataSource) || source.DataSource == ":memory:" || source.Mode == SqliteOpenMode.Memory
            ? null
            : Path.GetFullPath(source.DataSource) + "-migration-lock";
    }

    private static async Task<FileStream> LockFileAsync(string file, ILogger logger, TimeProvider time, CancellationToken cancellationToken)
    {
        var said = false;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock) on Unix and a sharing lock on Windows; both end
                // with the process that holds them, however it ends.
                return new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (!cancellationToken.IsCancellationRequested && waited.Elapsed < LockPatience)
            {
                // Most likely another migrator holds it (the system does not say so in a way that can be told apart
                // from other faults on every platform); a full disk or an unwritable folder surfaces after the wait,
                // and start-up reports it.
                if (!said)
                {
                    logger.LogInformation("Another process on this machine is migrating the store ({File} is locked); waiting for it", file);
                    said = true;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(250), time, cancellationToken);
            }
        }
    }

    private static async Task RemoveLeftoverLockAsync(TradeTalksDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        // Opening a connection creates the file; a new store must be left for EF Core to create (it turns on WAL then).
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            return;
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (!await SqliteStartCheck.HasTableAsync(connection, LockTable, cancellationToken))
            {
                return;
            }

            await using var delete = connection.CreateCommand();
            delete.CommandText = $"DELETE FROM \"{LockTable}\"";
            if (await delete.ExecuteNonQueryAsync(cancellationToken) > 0)
            {
                logger.LogWarning(
                    "Removed the migration lock left by a start that was stopped while it migrated; migrating now");
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public ValueTask DisposeAsync()
    {
        _file?.Dispose();
        return ValueTask.CompletedTask;
    }
}
