using System.Globalization;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// Tells nginx's microcache (docs/nginx/tradetalks.conf.template, decision 23) how long it may keep an answer: a second,
/// as its own setting says, but never past this instance's next look for writes made elsewhere. A copy taken just before
/// that look would otherwise outlive the change it brings by up to two seconds (nginx counts whole seconds), on top of
/// the look's own wait, and a change would show through nginx later than Store:ChangePollSeconds + 1 s.
/// </summary>
public static class MicrocacheExpiry
{
    /// <summary>nginx's header for how long to cache an answer; nginx never passes it on to the reader.</summary>
    public const string Header = "X-Accel-Expires";

    /// <summary>Registered first, so that answers the output cache serves carry it too.</summary>
    public static WebApplication UseMicrocacheExpiry(this WebApplication app)
    {
        var time = app.Services.GetRequiredService<TimeProvider>();
        var nextCheck = app.Services.GetRequiredService<NextStoreCheck>();
        app.Use((context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.OnStarting(() =>
                {
                    if (nextCheck.At is { } check)
                    {
                        context.Response.Headers[Header] = "@" + Until(time.GetUtcNow(), check).ToString(CultureInfo.InvariantCulture);
                    }

                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
        return app;
    }

    /// <summary>
    /// The last whole Unix second nginx may count the copy fresh in (nginx holds it fresh through that second, and it
    /// serves an older one as stale while it asks again): the next second at most, and the second before the next
    /// check's at the latest. Earlier than now means "stored, but already stale".
    /// </summary>
    public static long Until(DateTimeOffset now, DateTimeOffset nextCheck) =>
        Math.Min(now.ToUnixTimeSeconds() + 1, nextCheck.ToUnixTimeSeconds() - 1);
}
