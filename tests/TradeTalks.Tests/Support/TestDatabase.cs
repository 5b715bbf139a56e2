using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TradeTalks.DataSets;
using TradeTalks.Store;

namespace TradeTalks.Tests.Support;

/// <summary>
/// A migrated SQLite file of its own for one test, deleted afterwards, with the store's services as the app registers
/// them (<see cref="StoreInstances"/>) on a clock the test controls.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly StoreInstances _instances;

    private TestDatabase(FakeTimeProvider time)
    {
        Time = time;
        _instances = new StoreInstances(time);
        Path = _instances.FilePath;
        // Not pooled: a test that deletes or replaces the file finds no connection of ours still holding it.
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString();
        Services = _instances.Start(ConnectionString);
        Factory = Services.GetRequiredService<IDbContextFactory<TradeTalksDbContext>>();
    }

    public string Path { get; }

    public string ConnectionString { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>The store's services: each service a test takes from here is the one the app would use.</summary>
    public IServiceProvider Services { get; }

    public IDbContextFactory<TradeTalksDbContext> Factory { get; }

    /// <summary>An empty file with the schema applied.</summary>
    public static async Task<TestDatabase> CreateAsync(FakeTimeProvider? time = null)
    {
        var database = new TestDatabase(time ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero)));
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

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    // The services below are the app's singletons for this database, as a request would find them; their names are
    // older than that and kept so as not to touch every test that calls them.
    public Seeder NewSeeder() => Get<Seeder>();

    public StoreWriter NewWriter() => Get<StoreWriter>();

    public TradeTalksDbContext NewContext() => Factory.CreateDbContext();

    /// <summary>The store as the <c>export</c> verb writes it.</summary>
    public async Task<byte[]> ExportAsync() => DataSetJson.Serialize(await new DataSetExporter(Factory).ExportAsync());

    /// <summary>
    /// A file imported into an empty store and exported (<c>exported</c>), then that export imported into another
    /// empty store and exported again (<c>again</c>): the two must be the same bytes.
    /// </summary>
    public static async Task<(byte[] Exported, byte[] Again)> RoundTripAsync(byte[] file)
    {
        await using var first = await CreateAsync();
        await first.NewWriter().ApplyAsync(DataSetFiles.Read(file), WriteMode.Upsert);
        var exported = await first.ExportAsync();

        await using var second = await CreateAsync();
        await second.NewWriter().ApplyAsync(DataSetFiles.Read(exported), WriteMode.Upsert);
        return (exported, await second.ExportAsync());
    }

    public TradeTalks.Editing.RecordEditor NewEditor() => Get<TradeTalks.Editing.RecordEditor>();

    public TradeTalks.History.HistoryService NewHistory() => Get<TradeTalks.History.HistoryService>();

    public ValueTask DisposeAsync() => _instances.DisposeAsync();
}
