using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// The output cache's store, with one change: a page a write drops stays servable for a moment, while the first request
/// after the write renders its successor. Without it every reader of a dropped page waits for that render (the output
/// cache holds them behind it), so each edit on a busy day stalls every connection for a render's time under load,
/// which is what set the news day's slowest hundredth (docs/performance.md). With it, one request renders and the
/// others are served the page as it was until the new one is stored, for at most <see cref="Grace"/>; after that they
/// wait as before. Only pages readers asked for in the last <see cref="RecentlyServed"/> are kept, at most
/// <see cref="MostKept"/> of them, copied when the write drops them.
/// </summary>
public sealed class StaleWhileRenderingStore(IOutputCacheStore inner, TimeProvider time) : IOutputCacheBufferStore
{
    /// <summary>How long after a write its dropped page may still be served; within Store:ChangePollSeconds + 1 s.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan RecentlyServed = TimeSpan.FromSeconds(30);

    public const int MostKept = 256;

    private readonly ConcurrentDictionary<string, Recent> _recent = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Dropped> _dropped = new(StringComparer.Ordinal);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var (key, recent) in _recent)
        {
            if (now - recent.LastServed > RecentlyServed)
            {
                _recent.TryRemove(new KeyValuePair<string, Recent>(key, recent));
            }
            else if (recent.Tags.Contains(tag, StringComparer.Ordinal) && await inner.GetAsync(key, cancellationToken) is { } page)
            {
                _dropped[key] = new Dropped(page, now);
            }
        }

        await inner.EvictByTagAsync(tag, cancellationToken);
    }

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        if (inner is IOutputCacheBufferStore buffers ? await buffers.TryGetAsync(key, destination, cancellationToken) : Write(await inner.GetAsync(key, cancellationToken), destination))
        {
            Served(key);
            return true;
        }

        return Write(Stale(key), destination);
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (await inner.GetAsync(key, cancellationToken) is { } page)
        {
            Served(key);
            return page;
        }

        return Stale(key);
    }

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (inner is IOutputCacheBufferStore buffers)
        {
            await buffers.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        else
        {
            await inner.SetAsync(key, value.ToArray(), tags.ToArray(), validFor, cancellationToken);
        }

        Stored(key, tags.ToArray());
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        Stored(key, tags ?? []);
    }

    /// <summary>The dropped page for every request but the first after the write (which renders), within the grace.</summary>
    private byte[]? Stale(string key)
    {
        if (!_dropped.TryGetValue(key, out var dropped))
        {
            return null;
        }

        if (time.GetUtcNow() - dropped.At > Grace)
        {
            _dropped.TryRemove(new KeyValuePair<string, Dropped>(key, dropped));
            return null;
        }

        return Interlocked.Exchange(ref dropped.Rendering, 1) == 0 ? null : dropped.Page;
    }

    private void Stored(string key, string[] tags)
    {
        _dropped.TryRemove(key, out _);
        if (_recent.Count < MostKept || _recent.ContainsKey(key))
        {
            _recent[key] = new Recent(tags) { LastServed = time.GetUtcNow() };
        }
    }

    private void Served(string key)
    {
        if (_recent.TryGetValue(key, out var recent))
        {
            recent.LastServed = time.GetUtcNow();
        }
    }

    private static bool Write(byte[]? page, PipeWriter destination)
    {
        if (page is null)
        {
            return false;
        }

        destination.Write(page);
        return true;
    }

    private sealed class Recent(string[] tags)
    {
        public string[] Tags { get; } = tags;

        public DateTimeOffset LastServed { get; set; }
    }

    private sealed class Dropped(byte[] page, DateTimeOffset at)
    {
        public byte[] Page { get; } = page;

        public DateTimeOffset At { get; } = at;

        /// <summary>1 once a request has been sent on to render the page's successor.</summary>
        public int Rendering;
    }
}

public static class StaleWhileRenderingExtensions
{
    /// <summary>Wraps the output cache's store (registered by <c>AddOutputCache</c>) in <see cref="StaleWhileRenderingStore"/>.</summary>
    public static IServiceCollection AddStaleWhileRendering(this IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IOutputCacheStore))
            ?? throw new InvalidOperationException("AddOutputCache must come before AddStaleWhileRendering.");
        services.Remove(registered);
        services.AddSingleton<IOutputCacheStore>(provider => new StaleWhileRenderingStore(Create(registered, provider), provider.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static IOutputCacheStore Create(ServiceDescriptor registered, IServiceProvider provider) => (IOutputCacheStore)(
        registered.ImplementationInstance
        ?? registered.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!));
}
