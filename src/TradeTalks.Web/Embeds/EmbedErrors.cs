using Microsoft.AspNetCore.Diagnostics;
using TradeTalks.Store;
using TradeTalks.Web.Extensions;

namespace TradeTalks.Web.Embeds;

/// <summary>
/// An embed that fails answers in its own frame: a small document in the embeds' style, framable from any site like the
/// embed itself, rather than the dashboard's /Error page, which refuses to be framed and so would leave a newsroom's
/// article with a browser's blank error box. Every other path goes on to /Error as before.
/// </summary>
public sealed class EmbedErrors(ILogger<EmbedErrors> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var path = RequestedPath(httpContext);
        if (!EmbedAssets.IsEmbed(path))
        {
            return false;
        }

        // A handled exception is not logged by the middleware (ASP.NET Core 10): logged here, as /Error's would be.
        logger.LogError(exception, "An embed failed: {Path}", path.Value);
        var reference = httpContext.Items[CorrelationId.Property] as string ?? httpContext.TraceIdentifier;
        string why;
        if (StoreFaults.IsStoreFault(exception))
        {
            httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            httpContext.Response.Headers.RetryAfter = "30";
            why = "TradeTalks cannot reach its record at the moment. The embed comes back by itself once it does; try again in a minute.";
        }
        else
        {
            httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
            why = "Something went wrong on TradeTalks' side; nothing on this page caused it. Try again in a minute.";
        }

        httpContext.Response.ContentType = EmbedEndpoints.HtmlType;
        await httpContext.Response.WriteAsync(
            EmbedEndpoints.Notice("This TradeTalks embed cannot be shown right now", $"{why} If you report this, quote the reference {reference}."),
            cancellationToken);
        return true;
    }

    /// <summary>
    /// The path the request came in on. While an error is answered, the exception handler has already set the request's
    /// path to /Error; the path asked for is kept in its feature.
    /// </summary>
    public static PathString RequestedPath(HttpContext context) =>
        context.Features.Get<IExceptionHandlerPathFeature>()?.Path is { } path ? new PathString(path) : context.Request.Path;
}
