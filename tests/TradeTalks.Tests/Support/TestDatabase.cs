using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TradeTalks.Store;
using TradeTalks.DataSets;

namespace TradeTalks.Tests.Support;

/// <summary>A migrated SQLite file of its own for one test, deleted afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string path, FakeTimeProvider time)
    {
        Path = path;
        Time = time;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        Options = new DbContextOptionsBuilder<TradeTalksDbContext>()
            .UseStore(StoreProvider.Sqlite, ConnectionString)
            .AddInterceptors(new EditTimeInterceptor(time))
            .Options;
        Factory = new ContextFactory(Options);
    }

    public string Path { get; }

    public string ConnectionString { get; }

    public FakeTimeProvider Time { get; }

    public DbContextOptions<TradeTalksDbContext> Options { get; }

    public IDbContextFactory<TradeTalksDbContext> Factory { get; }

    public static string NewFilePath() =>
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"tradetalks-test-{Guid.NewGuid():N}.db");

    /// <summary>An empty file with the schema applied.</summary>
    public static async Task<TestDatabase> CreateAsync(FakeTimeProvider? time = null)
    {
        var database = new TestDatabase(NewFilePath(), time ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero)));
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>A migrated file holding the seed.</summary>
    public static async Task<TestDatabase> CreateSeededAsync(FakeTimeProvider? time = null)
    {
        var database = await CreateAsync(time);
        await database.NewSeeder().SeedAsync();
        return database;
    }

    public Seeder NewSeeder() => new(NewWriter(), NullLogger<Seeder>.Instance);

    public StoreWriter NewWriter() => new(Factory, Time, NullLogger<StoreWriter>.Instance);

    public TradeTalksDbContext NewContext() => new(Options);

    public TradeTalks.Editing.RecordEditor NewEditor() => new(Factory, NewWriter(), new DataSetExporter(Factory));

    public TradeTalks.History.HistoryService NewHistory() => new(Factory);

    public ValueTask DisposeAsync()
    {
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm", Path + "-migration-lock" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }

        return ValueTask.CompletedTask;
    }

    private sealed class ContextFactory(DbContextOptions<TradeTalksDbContext> options) : IDbContextFactory<TradeTalksDbContext>
    {
        public TradeTalksDbContext CreateDbContext() => new(options);
    }
}
