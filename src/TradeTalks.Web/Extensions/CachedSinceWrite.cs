using Microsoft.AspNetCore.OutputCaching;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// Keeps out of the output cache a page or answer that began before a write and ended after that write's eviction. It
/// read the store as it was, and would be served until the next write or its expiry: on a news day under load
/// (bench/news-day.sh) an edit showed on an instance only when the next edit's eviction came, ten seconds later.
/// </summary>
public sealed class CachedSinceWrite : IOutputCachePolicy
{
    private static readonly object WritesSeenKey = new();
    private long _writes;

    /// <summary>Counts a write; called before its eviction, so that anything begun earlier is not stored.</summary>
    public void WriteSeen() => Interlocked.Increment(ref _writes);

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.HttpContext.Items[WritesSeenKey] = Interlocked.Read(ref _writes);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Items[WritesSeenKey] is long seen && seen != Interlocked.Read(ref _writes))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
