using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using TradeTalks.DataSets;
using TradeTalks.Store;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Store;

/// <summary>
/// Start-up against stores in trouble, through the real registrations: a lock left by a killed migrator, two starts
/// at once, a read-only store, another process holding the write lock, a damaged file.
/// </summary>
public sealed class StoreStartTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly FakeLogCollector _logs = new();
    private readonly StoreInstances _instances;
    private readonly string _path;

    public StoreStartTests()
    {
        _instances = new StoreInstances(TimeProvider.System, new FakeLoggerProvider(_logs));
        _path = _instances.FilePath;
    }

    [Fact]
    public async Task AStartAfterAProcessWasKilledWhileMigratingIsNotBlockedByTheLockItLeft()
    {
        // What a process killed inside EF Core's migration leaves: the lock table with its row, and nothing migrated.
        Execute($"Data Source={_path}",
            "PRAGMA journal_mode = 'wal';",
            "CREATE TABLE \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK___EFMigrationsLock\" PRIMARY KEY, \"Timestamp\" TEXT NOT NULL);",
            "INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-11-29 12:00:00+00:00');");
        var store = Start();

        await store.GetRequiredService<StoreInitializer>().InitializeAsync().WaitAsync(Patience);

        Assert.True(store.GetRequiredService<StoreState>().IsServing);
        await using var db = await store.NewContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.True(await db.Talks.AnyAsync());
        Assert.Equal(0L, Scalar($"Data Source={_path}", "SELECT count(*) FROM \"__EFMigrationsLock\""));
        Assert.Contains(_logs.GetSnapshot(), log => log.Level == LogLevel.Warning && log.Message.Contains("migration lock left", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoStartsAtOnceOnAnEmptyStoreEndWithOneSchemaAndOneCopyOfEveryRecord()
    {
        var first = Start();
        var second = Start();

        await Task.WhenAll(
            Task.Run(() => first.GetRequiredService<StoreInitializer>().InitializeAsync()),
            Task.Run(() => second.GetRequiredService<StoreInitializer>().InitializeAsync())).WaitAsync(Patience);

        await using var db = await first.NewContextAsync();
        Assert.Equal((long)db.Database.GetMigrations().Count(), Scalar($"Data Source={_path}", "SELECT count(*) FROM \"__EFMigrationsHistory\""));
        var bundled = JsonNode.Parse(DataSetFiles.Bundled)!;
        Assert.Equal(bundled["talks"]!.AsArray().Count, await db.Talks.CountAsync());
        Assert.Equal(bundled["sources"]!.AsArray().Count, await db.Sources.CountAsync());
        Assert.Equal(bundled["tariffLayers"]!.AsArray().Count, await db.TariffLayers.CountAsync());
        Assert.Equal(bundled["tariffLayers"]!.AsArray().Sum(l => l!["changes"]!.AsArray().Count), await db.TariffChanges.CountAsync());
        Assert.Equal(bundled["indicatorReleases"]!.AsArray().Count, await db.IndicatorReleases.CountAsync());
    }

    [Fact]
    public async Task TheQuickStartCheckSaysCurrentOnlyWhenEveryMigrationIsAppliedAndTheBundledDataSetIsTheOneMarked()
    {
        var connection = $"Data Source={_path}";
        var hash = BundledFiles.Sha256(BundledFiles.DataSetName);
        var beforeAny = await SqliteStartCheck.CheckAsync(connection, hash, CancellationToken.None);
        var createdByTheCheck = File.Exists(_path);
        await Start().GetRequiredService<StoreInitializer>().InitializeAsync().WaitAsync(Patience);

        var current = await SqliteStartCheck.CheckAsync(connection, hash, CancellationToken.None);
        var otherDataSet = await SqliteStartCheck.CheckAsync(connection, new string('0', 64), CancellationToken.None);
        Execute(connection, "DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT max(\"MigrationId\") FROM \"__EFMigrationsHistory\")");
        var migrationMissing = await SqliteStartCheck.CheckAsync(connection, hash, CancellationToken.None);

        Assert.Null(beforeAny);
        Assert.False(createdByTheCheck, "the check must not create the store (EF Core creates it, in WAL mode)");
        Assert.Equal(new SqliteStartCheck.Current(ReadOnly: false), current);
        Assert.Null(otherDataSet);
        Assert.Null(migrationMissing);
    }

    [Fact]
    public async Task ANewStoreIsCreatedInWriteAheadLogMode()
    {
        await Start().GetRequiredService<StoreInitializer>().InitializeAsync().WaitAsync(Patience);

        Assert.Equal("wal", Scalar($"Data Source={_path}", "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task AReadOnlyStoreServesReadersAndRefusesEditsSayingWhy()
    {
        await Start().GetRequiredService<StoreInitializer>().InitializeAsync().WaitAsync(Patience);
        var readOnly = Start($"Data Source={_path};Mode=ReadOnly");
        var state = readOnly.GetRequiredService<StoreState>();

        await readOnly.GetRequiredService<StoreInitializer>().InitializeAsync().WaitAsync(Patience);
        var talks = await readOnly.GetRequiredService<TradeTalks.Talks.TalkService>().GetLatestAndNextAsync(TradeTalks.Time.AsOf.Now(TimeProvider.System));
        var changed = DataSetFiles.Read(DataSetFiles.With(d => d.Record("talks", "london-2025-06")["outcome"] = "Changed."));
        var refused = await Assert.ThrowsAsync<StoreWriteException>(() => readOnly.GetRequiredService<StoreWriter>().ApplyAsync(changed, WriteMode.Upsert));

        Assert.True(state.IsServing);
        Assert.Contains("Mode=ReadOnly", state.ReadOnlyReason, StringComparison.Ordinal);
        Assert.NotNull(talks.Latest);
        Assert.Contains("read-only", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoreAnotherProcessHoldsLockedIsTriedAgainWithALogLineUntilItIsReleased()
    {
        using var holder = new SqliteConnection($"Data Source={_path};Pooling=False");
        holder.Open();
        Run(holder, "PRAGMA journal_mode = 'wal';", "CREATE TABLE held (x INTEGER);", "BEGIN IMMEDIATE;", "INSERT INTO held VALUES (1);");
        var store = Start();
        var state = store.GetRequiredService<StoreState>();

        var starting = Task.Run(() => store.GetRequiredService<StoreInitializer>().InitializeAsync());
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!(state.UnavailableReason?.Contains("write lock", StringComparison.Ordinal) ?? false) && waited.Elapsed < Patience)
        {
            await Task.Delay(100);
        }

        var whileHeld = (state.IsServing, state.UnavailableReason, starting.IsCompleted);
        Run(holder, "COMMIT;");
        await starting.WaitAsync(Patience);

        Assert.False(whileHeld.IsServing);
        Assert.False(whileHeld.IsCompleted);
        Assert.Contains("write lock", whileHeld.UnavailableReason, StringComparison.Ordinal);
        Assert.Contains(_logs.GetSnapshot(), log => log.Level >= LogLevel.Warning && log.Message.Contains("write lock", StringComparison.Ordinal));
        Assert.True(state.IsServing);
        await using var db = await store.NewContextAsync();
        Assert.True(await db.Talks.AnyAsync());
    }

    [Fact]
    public async Task ADamagedFileIsReportedInPlainWordsWithoutAStackTraceAndTriedAgain()
    {
        await File.WriteAllTextAsync(_path, string.Concat(Enumerable.Repeat("This is not a database. ", 400)));
        var state = await StartUntilUnavailableAsync(Start(), "damaged");

        Assert.False(state.IsServing);
        Assert.Contains("damaged or is not a SQLite database", state.UnavailableReason, StringComparison.Ordinal);
        var error = Assert.Single(_logs.GetSnapshot(), log => log.Level == LogLevel.Error);
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Exception);
    }

    [Fact]
    public async Task APostgreSqlServerThatCannotBeReachedIsReportedInPlainWordsAndTriedAgain()
    {
        // Nothing listens on port 1; no PostgreSQL is needed to see how start-up takes that.
        var state = await StartUntilUnavailableAsync(
            Start("Host=127.0.0.1;Port=1;Database=tradetalks;Username=tradetalks;Password=unused;Timeout=2", StoreProvider.Postgres), "cannot be reached");

        Assert.False(state.IsServing);
        Assert.Contains("PostgreSQL server in ConnectionStrings:TradeTalks cannot be reached", state.UnavailableReason, StringComparison.Ordinal);
        var error = Assert.Single(_logs.GetSnapshot(), log => log.Level == LogLevel.Error);
        Assert.Null(error.Exception);
    }

    /// <summary>Starts the store until it gives a reason holding <paramref name="words"/> for not serving, then stops the start.</summary>
    private static async Task<StoreState> StartUntilUnavailableAsync(IServiceProvider store, string words)
    {
        var state = store.GetRequiredService<StoreState>();
        using var stop = new CancellationTokenSource();
        var starting = store.GetRequiredService<StoreInitializer>().InitializeAsync(cancellationToken: stop.Token);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (state.UnavailableReason?.Contains(words, StringComparison.Ordinal) != true && waited.Elapsed < Patience)
        {
            await Task.Delay(100);
        }

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => starting);
        return state;
    }

    private IServiceProvider Start(string? connectionString = null, StoreProvider store = StoreProvider.Sqlite) => _instances.Start(connectionString, store);

    private static void Execute(string connectionString, params string[] statements)
    {
        using var connection = new SqliteConnection(connectionString + ";Pooling=False");
        connection.Open();
        Run(connection, statements);
    }

    private static void Run(SqliteConnection connection, params string[] statements)
    {
        foreach (var statement in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = statement;
            command.ExecuteNonQuery();
        }
    }

    private static object? Scalar(string connectionString, string query)
    {
        using var connection = new SqliteConnection(connectionString + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = query;
        return command.ExecuteScalar();
    }

    public ValueTask DisposeAsync() => _instances.DisposeAsync();
}
