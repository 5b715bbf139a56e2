using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TradeTalks.DataSets;
using TradeTalks.History;
using TradeTalks.Store;

namespace TradeTalks.Published;

/// <summary>
/// The stores of past data versions that readers ask for, each rebuilt once from the history into an in-memory SQLite
/// database and kept for the next reader. Only the most recently used few are kept (<see cref="Capacity"/>), so memory
/// stays bounded whatever versions readers ask for; readers who ask for one being built meanwhile share the build.
/// </summary>
public sealed class PublishedStores(LiveStore live, TimeProvider time, ILogger<PublishedStores> logger)
{
    /// <summary>How many past versions are kept built at once.</summary>
    public int Capacity { get; init; } = 4;

    private readonly Lock _lock = new();
    private readonly LinkedList<(long Number, Task<PublishedStore> Store)> _stores = new();

    /// <summary>The store as it stood at <paramref name="version"/>, built on first use.</summary>
    public async Task<PublishedStore> OpenAsync(DataVersion version, CancellationToken cancellationToken = default)
    {
        Task<PublishedStore> store;
        lock (_lock)
        {
            var node = _stores.First;
            while (node is not null && node.Value.Number != version.Number)
            {
                node = node.Next;
            }

            if (node is null)
            {
                // Not cancelled with the request that started it: others may wait for the same build.
                node = _stores.AddFirst((version.Number, Task.Run(() => BuildAsync(version), CancellationToken.None)));
                while (_stores.Count > Capacity)
                {
                    var last = _stores.Last!.Value.Store;
                    _stores.RemoveLast();
                    if (last.IsCompletedSuccessfully)
                    {
                        last.Result.Drop();
                    }
                    else
                    {
                        _ = last.ContinueWith(t => t.Result.Drop(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
                    }
                }
            }
            else if (node != _stores.First)
            {
                _stores.Remove(node);
                _stores.AddFirst(node);
            }

            store = node.Value.Store;
        }

        try
        {
            return await store.WaitAsync(cancellationToken);
        }
        catch (Exception) when (store.IsFaulted)
        {
            // A failed build is not kept: the next reader tries again.
            lock (_lock)
            {
                var node = _stores.First;
                while (node is not null && node.Value.Store != store)
                {
                    node = node.Next;
                }

                if (node is not null)
                {
                    _stores.Remove(node);
                }
            }

            throw;
        }
    }

    private async Task<PublishedStore> BuildAsync(DataVersion version)
    {
        var started = time.GetTimestamp();
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = $"tradetalks-published-{version.Number}-{Guid.NewGuid():N}",
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
        }.ToString();
        var keepAlive = new SqliteConnection(connectionString);
        try
        {
            await keepAlive.OpenAsync();
            var options = new DbContextOptionsBuilder<TradeTalksDbContext>()
                .UseSqlite(connectionString)
                .UseModel(Store.CompiledModel.TradeTalksDbContextModel.Instance)
                .Options;
            await using (var db = new TradeTalksDbContext(options))
            {
                await db.Database.EnsureCreatedAsync();
            }

            DataSetDocument document;
            List<ChangeSet> changeSets;
            await using (var db = await live.CreateDbContextAsync())
            {
                document = await RecordsAtVersion.ReadAsync(db, version.Number);
                // The history's change sets up to the version, without their records: what the freshness line, the
                // ETag and the latest write read, so they say what they said then.
                changeSets = await db.ChangeSets.AsNoTracking().Where(c => c.Id <= version.Number).OrderBy(c => c.Id).ToListAsync();
            }

            var factory = new OptionsFactory(options);
            await new StoreWriter(factory, time, NullLogger<StoreWriter>.Instance, []).LoadAsPublishedAsync(document, CancellationToken.None);
            await using (var db = new TradeTalksDbContext(options))
            {
                db.ChangeSets.AddRange(changeSets);
                await db.SaveChangesAsync();
            }

            logger.LogInformation("Rebuilt the store as published at version {Version} in {Elapsed} ms", version.Number,
                (long)time.GetElapsedTime(started).TotalMilliseconds);
            return new PublishedStore(version, keepAlive, options, time);
        }
        catch
        {
            await keepAlive.DisposeAsync();
            throw;
        }
    }

    private sealed class OptionsFactory(DbContextOptions<TradeTalksDbContext> options) : IDbContextFactory<TradeTalksDbContext>
    {
        public TradeTalksDbContext CreateDbContext() => new(options);
    }
}
