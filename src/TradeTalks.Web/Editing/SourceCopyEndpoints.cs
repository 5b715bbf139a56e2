using TradeTalks.SourceChecks;
using TradeTalks.Web.Accounts;

namespace TradeTalks.Web.Editing;

public static class SourceCopyEndpoints
{
    /// <summary>
    /// A kept copy of a source, for signed-in editors only. It is someone else's document, scripts and all: served
    /// with <c>Content-Security-Policy: sandbox</c>, it runs in an origin of its own and can neither script nor read
    /// this site.
    /// </summary>
    public static WebApplication MapSourceCopies(this WebApplication app)
    {
        app.MapGet("/edit/copies/{id:long}", async (long id, SourceCopies copies, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (await copies.FindAsync(id, cancellationToken) is not { } copy)
            {
                return Results.NotFound();
            }

            context.Response.Headers.ContentSecurityPolicy = "sandbox";
            context.Response.Headers.CacheControl = "private, no-store";
            return Results.File(copy.Content, copy.ContentType ?? "application/octet-stream");
        }).RequireAuthorization(AccountExtensions.EditorsPolicy).ExcludeFromDescription();
        return app;
    }
}
