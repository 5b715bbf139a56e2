namespace TradeTalks.Web.Extensions;

/// <summary>
/// The editors' live connection (<c>/_blazor</c>) is opened only by this site's own pages. A browser names the page
/// that opens a connection in its Origin header; without this check a page on another site could open one with a
/// signed-in editor's cookies (cross-site WebSocket hijacking). A request without Origin comes from no browser page.
/// </summary>
public sealed class LiveConnectionOrigin : IMiddleware
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/_blazor") && request.Headers.Origin.Count > 0 && !IsOwn(request.Headers.Origin.ToString(), request))
        {
            await TypedResults.Problem(
                "This connection to the editors' desk came from a page on another site. Open the editors' desk from this site's own address.",
                statusCode: StatusCodes.Status403Forbidden, title: "Connection from another site").ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    /// <summary>Whether an Origin is this site as the request reached it: scheme (after a proxy's X-Forwarded-Proto), host and port.</summary>
    private static bool IsOwn(string origin, HttpRequest request)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !request.Host.HasValue)
        {
            return false;
        }

        var port = request.Host.Port ?? (request.IsHttps ? 443 : 80);
        return string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.IdnHost, request.Host.Host, StringComparison.OrdinalIgnoreCase)
            && uri.Port == port;
    }
}
