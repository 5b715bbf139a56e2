using System.Net;
using TradeTalks.Store;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// Holds a request until the store can serve it, for a few seconds at most; then answers 503 with the reason and a
/// Retry-After, in the form the caller reads (a page, or problem JSON for the API). Probes and static files pass.
/// </summary>
public sealed class StoreGate(RequestDelegate next, StoreState state, IConfiguration configuration)
{
    /// <summary>Store:StartWaitSeconds (default 15): how long a request waits for the store before it gets a 503.</summary>
    private readonly TimeSpan _wait = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Store:StartWaitSeconds", 15.0)));
    private const int RetryAfterSeconds = 10;

    public async Task InvokeAsync(HttpContext context)
    {
        if (state.IsServing || Passes(context.Request.Path))
        {
            await next(context);
            return;
        }

        await Task.WhenAny(state.Serving, Task.Delay(_wait, context.RequestAborted));
        if (state.IsServing)
        {
            await next(context);
            return;
        }

        var reason = state.UnavailableReason ?? "The store is being brought up to date.";
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await TypedResults.Problem(reason, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The record is not available yet")
                .ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>TradeTalks is starting</title></head>
            <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
            <h1>The record is not available yet</h1>
            <p>{{WebUtility.HtmlEncode(reason)}}</p>
            <p>Try again in a minute. Nothing you did caused this.</p>
            </body></html>
            """);
    }

    private static bool Passes(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content") ||
        StaticExtensions.Contains(Path.GetExtension(path.Value ?? ""));

    // Files served from wwwroot; feeds and exports (.atom, .ics, .csv, .json) read the store and wait like pages.
    private static readonly HashSet<string> StaticExtensions =
        new([".css", ".js", ".mjs", ".svg", ".png", ".ico", ".woff", ".woff2", ".map", ".txt", ".webmanifest"], StringComparer.OrdinalIgnoreCase);
}
