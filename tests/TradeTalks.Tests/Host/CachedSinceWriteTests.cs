using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging.Testing;
using TradeTalks.Web.Extensions;

namespace TradeTalks.Tests.Host;

/// <summary>A page that began before a write and ends after it is not kept in the output cache.</summary>
public sealed class CachedSinceWriteTests
{
    [Fact]
    public async Task APageBegunBeforeAWriteAndEndedAfterItIsNotStored()
    {
        IOutputCachePolicy policy = new CachedSinceWrite();
        var context = new OutputCacheContext { HttpContext = new DefaultHttpContext(), AllowCacheStorage = true };

        await policy.CacheRequestAsync(context, CancellationToken.None);
        ((CachedSinceWrite)policy).WriteSeen();
        await policy.ServeResponseAsync(context, CancellationToken.None);

        Assert.False(context.AllowCacheStorage);
    }

    [Fact]
    public async Task APageWithNoWriteWhileItRenderedIsStored()
    {
        var since = new CachedSinceWrite();
        since.WriteSeen();
        IOutputCachePolicy policy = since;
        var context = new OutputCacheContext { HttpContext = new DefaultHttpContext(), AllowCacheStorage = true };

        await policy.CacheRequestAsync(context, CancellationToken.None);
        await policy.ServeResponseAsync(context, CancellationToken.None);

        Assert.True(context.AllowCacheStorage);
    }

    [Fact]
    public async Task EachRenderIsLoggedWithWhetherAWriteCameWhileItRenderedAndWhetherItWasKept()
    {
        var log = new FakeLogger<CachedSinceWrite>();
        var since = new CachedSinceWrite(log);
        IOutputCachePolicy policy = since;
        var context = new OutputCacheContext { HttpContext = new DefaultHttpContext(), AllowCacheStorage = true };
        context.HttpContext.Request.Path = "/timeline";
        context.HttpContext.Request.QueryString = new QueryString("?kind=Talk");

        await policy.CacheRequestAsync(context, CancellationToken.None);
        since.WriteSeen();
        await policy.ServeResponseAsync(context, CancellationToken.None);

        var rendered = Assert.Single(log.Collector.GetSnapshot());
        Assert.Equal("/timeline?kind=Talk", rendered.GetStructuredStateValue("Page"));
        Assert.Equal("1", rendered.GetStructuredStateValue("WritesSince"));
        Assert.Equal("False", rendered.GetStructuredStateValue("Kept"));
    }
}
