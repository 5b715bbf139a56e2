using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Time.Testing;
using TradeTalks.Web.Extensions;

namespace TradeTalks.Tests.Host;

public sealed class StaleWhileRenderingTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
    private readonly MemoryStore _inner = new();
    private readonly StaleWhileRenderingStore _store;

    public StaleWhileRenderingTests() => _store = new StaleWhileRenderingStore(_inner, _time);

    [Fact]
    public async Task AfterAWriteTheFirstRequestRendersWhileTheOthersGetThePageAsItWas()
    {
        await StoreAsync("/truce", "old");
        await ServeAsync("/truce");

        await _store.EvictByTagAsync("store", default);

        Assert.Null(await ServeAsync("/truce"));
        Assert.Equal("old", await ServeAsync("/truce"));
        Assert.Equal("old", await ServeAsync("/truce"));
    }

    [Fact]
    public async Task OnceTheNewPageIsStoredEveryoneGetsIt()
    {
        await StoreAsync("/truce", "old");
        await _store.EvictByTagAsync("store", default);
        Assert.Null(await ServeAsync("/truce"));

        await StoreAsync("/truce", "new");

        Assert.Equal("new", await ServeAsync("/truce"));
    }

    [Fact]
    public async Task ADroppedPageIsNeverServedPastTheGrace()
    {
        await StoreAsync("/truce", "old");
        await _store.EvictByTagAsync("store", default);
        Assert.Null(await ServeAsync("/truce"));

        _time.Advance(StaleWhileRenderingStore.Grace + TimeSpan.FromMilliseconds(1));

        // The render never stored its page (it failed, or a second write came): the others wait for a render again.
        Assert.Null(await ServeAsync("/truce"));
        Assert.Null(await ServeAsync("/truce"));
    }

    [Fact]
    public async Task APageNoReaderAskedForLatelyIsNotKept()
    {
        await StoreAsync("/claims", "old");
        _time.Advance(StaleWhileRenderingStore.RecentlyServed + TimeSpan.FromSeconds(1));

        await _store.EvictByTagAsync("store", default);

        Assert.Null(await ServeAsync("/claims"));
        Assert.Null(await ServeAsync("/claims"));
    }

    [Fact]
    public async Task TheByteApiServesTheSameAsTheBufferApi()
    {
        await _store.SetAsync("/truce", Encoding.UTF8.GetBytes("old"), ["store"], TimeSpan.FromMinutes(1), default);
        await _store.EvictByTagAsync("store", default);

        Assert.Null(await _store.GetAsync("/truce", default));
        Assert.Equal("old", Encoding.UTF8.GetString((await _store.GetAsync("/truce", default))!));
    }

    private ValueTask StoreAsync(string key, string page) =>
        _store.SetAsync(key, new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(page)), new[] { "store" }, TimeSpan.FromMinutes(1), default);

    private async Task<string?> ServeAsync(string key)
    {
        var pipe = new Pipe();
        var found = await _store.TryGetAsync(key, pipe.Writer, default);
        await pipe.Writer.CompleteAsync();
        var read = await pipe.Reader.ReadAsync();
        var text = Encoding.UTF8.GetString(read.Buffer.ToArray());
        pipe.Reader.AdvanceTo(read.Buffer.End);
        return found ? text : null;
    }

    /// <summary>What the framework's memory store does, as far as these tests need: pages by key, dropped by tag.</summary>
    private sealed class MemoryStore : IOutputCacheBufferStore
    {
        private readonly Dictionary<string, (byte[] Page, string[] Tags)> _pages = [];

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            foreach (var key in _pages.Where(p => p.Value.Tags.Contains(tag)).Select(p => p.Key).ToList())
            {
                _pages.Remove(key);
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
            ValueTask.FromResult(_pages.TryGetValue(key, out var entry) ? entry.Page : null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            _pages[key] = (value, tags ?? []);
            return ValueTask.CompletedTask;
        }

        public ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
        {
            if (!_pages.TryGetValue(key, out var entry))
            {
                return ValueTask.FromResult(false);
            }

            destination.Write(entry.Page);
            return ValueTask.FromResult(true);
        }

        public ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken) =>
            SetAsync(key, value.ToArray(), tags.ToArray(), validFor, cancellationToken);
    }
}
