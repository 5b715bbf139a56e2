using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using TradeTalks.DataSets;
using TradeTalks.Store;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Extensions;

namespace TradeTalks.Tests.Host;

/// <summary>What an instance's log says when it notices a write made elsewhere: enough to trace a late page.</summary>
public sealed class StoreChangeWatcherTests : IAsyncDisposable
{
    private readonly StoreInstances _instances = new(TimeProvider.System);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeLogger<StoreChangeWatcher> _log = new();
    private readonly Told _told = new();

    [Fact]
    public async Task AWriteMadeElsewhereIsLoggedWithItsChangeSetWhenNoticedAndWhatWasDropped()
    {
        var here = _instances.Start();
        await here.GetRequiredService<StoreInitializer>().InitializeAsync();
        using var watcher = new StoreChangeWatcher(
            here.GetRequiredService<IDbContextFactory<TradeTalksDbContext>>(), [_told], here.GetRequiredService<StoreState>(),
            new ConfigurationBuilder().AddInMemoryCollection([new(StoreChangeWatcher.PollKey, "5")]).Build(), _time, _log);
        await watcher.StartAsync(CancellationToken.None);
        await UntilAsync(() => _log.Collector.GetSnapshot().Any(l => l.Message.StartsWith("Watching for writes", StringComparison.Ordinal)));
        var before = Latest(_log.Collector.GetSnapshot()[^1]);

        // Another instance on the same store (or the import verb) renames a talk.
        var elsewhere = _instances.Start();
        var document = DataSetFiles.Read(DataSetFiles.With(d => d.Record("talks", "london-2025-06")["title"] = "London round, edited elsewhere"));
        var written = await elsewhere.GetRequiredService<StoreWriter>().ApplyAsync(document, WriteMode.Upsert);
        _time.Advance(TimeSpan.FromSeconds(5));
        await UntilAsync(() => _told.Count > 0);
        await watcher.StopAsync(CancellationToken.None);

        var noticed = Assert.Single(_log.Collector.GetSnapshot(), l => l.Message.StartsWith("The store was written elsewhere", StringComparison.Ordinal));
        Assert.Equal(written.ChangeSetId, Latest(noticed));
        Assert.Equal(before?.ToString(), noticed.GetStructuredStateValue("Previous"));
        Assert.Contains($"noticed at {_time.GetUtcNow():O}", noticed.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(Told), noticed.GetStructuredStateValue("Dropped"));
        Assert.Equal(1, _told.Count);
    }

    public ValueTask DisposeAsync() => _instances.DisposeAsync();

    private static long? Latest(FakeLogRecord log) => long.TryParse(log.GetStructuredStateValue("ChangeSet"), out var id) ? id : null;

    private static async Task UntilAsync(Func<bool> done)
    {
        for (var i = 0; i < 200 && !done(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(done(), "the watcher did not get there within 10 s");
    }

    /// <summary>A cache that counts how often it was told the store changed.</summary>
    private sealed class Told : IStoreWriteObserver
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public Task StoreWrittenAsync()
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }
    }
}
