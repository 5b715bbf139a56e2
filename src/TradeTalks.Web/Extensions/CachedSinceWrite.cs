using Microsoft.AspNetCore.OutputCaching;
using TradeTalks.Published;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// Keeps out of the output cache a page or answer that began before a write and ended after that write's eviction. It
/// read the store as it was, and would be served until the next write or its expiry: on a news day under load
/// (bench/news-day.sh) an edit showed on an instance only when the next edit's eviction came, ten seconds later.
/// Each render is logged with the newest change set the instance knew of when it ended (the version its "Cite this"
/// names, and the API's ETag) and whether it was kept, so that a late page can be traced to the render that served it.
/// </summary>
public sealed class CachedSinceWrite(ILogger<CachedSinceWrite>? logger = null) : IOutputCachePolicy
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

    /// <summary>Called once a response was rendered (never for one served from the cache).</summary>
    async ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var writesSince = context.HttpContext.Items[WritesSeenKey] is long seen ? Interlocked.Read(ref _writes) - seen : 0;
        if (writesSince != 0)
        {
            context.AllowCacheStorage = false;
        }

        if (logger?.IsEnabled(LogLevel.Debug) == true)
        {
            var request = context.HttpContext.Request;
            logger.LogDebug("Rendered {Page} ({Status}) at change set {ChangeSet}; writes noticed while it rendered: {WritesSince}; kept: {Kept}",
                request.Path + request.QueryString, context.HttpContext.Response.StatusCode, await KnownVersionAsync(context.HttpContext), writesSince,
                context.AllowCacheStorage);
        }
    }

    /// <summary>The newest change set the instance knew of: remembered between writes, so this rarely asks the store.</summary>
    private static async Task<long?> KnownVersionAsync(HttpContext http)
    {
        try
        {
            return http.RequestServices?.GetService<PublishedVersions>() is { } versions ? (await versions.LatestAsync(http.RequestAborted))?.Number : null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The store is away or the reader left: the line still says what was rendered.
            return null;
        }
    }
}
