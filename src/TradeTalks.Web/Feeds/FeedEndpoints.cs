using System.Text;
using TradeTalks.Changes;
using TradeTalks.Measures;
using TradeTalks.Talks;
using TradeTalks.Timeline;
using TradeTalks.Truces;
using TradeTalks.Web.Api;
using TradeTalks.Web.Extensions;

namespace TradeTalks.Web.Feeds;

/// <summary>
/// The calendar (<c>/calendar.ics</c>, <see cref="CalendarFeed"/>) and the feed of developments and corrections
/// (<c>/feed.atom</c>, <see cref="AtomFeed"/>). Both read the store as it is now, with absolute links from the
/// configured public address; both are cached and rate-limited like the API.
/// </summary>
public static class FeedEndpoints
{
    public const string CalendarPath = "/calendar.ics";

    public const string AtomPath = "/feed.atom";

    public static void MapFeeds(this WebApplication app)
    {
        var feeds = app.MapGroup(string.Empty).WithTags("Feeds").CheckQueries();
        feeds.MapGet(CalendarPath, CalendarAsync)
            .WithSummary("Every talk, truce deadlines and the ends of measure suspensions as an iCalendar feed, with reminders; deadlines in US Eastern and Beijing time.");
        feeds.MapGet(AtomPath, AtomAsync)
            .WithSummary("The newest developments of the talks in words, and each correction to the record, as an Atom feed; kind and side as on the timeline.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        feeds.RequireCors(OpenDataExtensions.Policy).RequireRateLimiting(OpenDataExtensions.Policy).CacheOutput(OpenDataExtensions.Policy)
            .AddEndpointFilter(OpenDataExtensions.ConditionalRequest);
    }

    private static async Task<IResult> CalendarAsync(
        HttpContext http, PublicAddress address, TimeProvider time, TruceService truces, TalkService talks, MeasureService measures, CancellationToken cancellationToken)
    {
        var text = await CalendarFeed.WriteAsync(address.Site(http.Request), time, truces, talks, measures, cancellationToken);
        return TypedResults.Text(text, "text/calendar; charset=utf-8", Encoding.UTF8);
    }

    private static async Task<IResult> AtomAsync(
        HttpContext http, [AsParameters] FeedQuery query, PublicAddress address, TimeProvider time, TimelineService timeline, ChangesService changes,
        CancellationToken cancellationToken)
    {
        var site = address.Site(http.Request);
        var bytes = await AtomFeed.WriteAsync(site, query.Read().Filter, time, timeline, changes, cancellationToken);
        return TypedResults.Bytes(bytes, "application/atom+xml; charset=utf-8");
    }
}
