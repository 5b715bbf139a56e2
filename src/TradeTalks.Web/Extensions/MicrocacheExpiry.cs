using System.Globalization;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// Tells nginx's microcache (docs/nginx/tradetalks.conf.template, decision 23) how long it may keep an answer: a second,
/// as its own setting says, but not past the end of this instance's next look for writes made elsewhere by more than a
/// second. A copy taken just before that look would otherwise outlive the change it brings by up to two
/// seconds (nginx counts whole seconds), on top of the look's own wait, and a change would show through nginx later than
/// Store:ChangePollSeconds + 1 s.
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
    /// serves the copy it has as stale while it asks again): the next second at most, and the second before the next
    /// check's when the check is in a later second. A copy taken in the check's own second, or while a check runs late,
    /// is fresh to the end of the current second, never stored already stale: nginx would then ask again on every
    /// request for that key until the check had passed, and each asking request holds its reader's connection until the
    /// answer arrives (a news day's slowest hundredth, docs/performance.md). The next check's time is set only once a
    /// check has dropped what it found, so such a copy outlives the end of that drop by less than a second.
    /// </summary>
    public static long Until(DateTimeOffset now, DateTimeOffset nextCheck)
    {
        var second = now.ToUnixTimeSeconds();
        return Math.Max(second, Math.Min(second + 1, nextCheck.ToUnixTimeSeconds() - 1));
    }
}
