using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using TradeTalks.DataSets;
using TradeTalks.History;
using TradeTalks.Measures;
using TradeTalks.Talks;
using TradeTalks.Time;
using TradeTalks.Truces;
using TradeTalks.Web.Api;
using TradeTalks.Web.Extensions;

namespace TradeTalks.Web.Feeds;

/// <summary>
/// The calendar (<c>/calendar.ics</c>: truce deadlines, talks, ends of suspensions, with reminders) and the change feed
/// (<c>/feed.atom</c>: each write to the store). Both read the store as it is now; both are cached and rate-limited
/// like the API.
/// </summary>
public static class FeedEndpoints
{
    public const string CalendarPath = "/calendar.ics";

    public const string AtomPath = "/feed.atom";

    public static void MapFeeds(this WebApplication app)
    {
        var feeds = app.MapGroup(string.Empty).WithTags("Feeds");
        feeds.MapGet(CalendarPath, CalendarAsync)
            .WithSummary("Truce deadlines, talks and the ends of measure suspensions as an iCalendar feed, with reminders.");
        feeds.MapGet(AtomPath, AtomAsync)
            .WithSummary("Every change to the store, newest first, as an Atom feed.");
        feeds.RequireCors(OpenDataExtensions.Policy).RequireRateLimiting(OpenDataExtensions.Policy).CacheOutput(OpenDataExtensions.Policy)
            .AddEndpointFilter(OpenDataExtensions.ConditionalRequest);
    }

    private static async Task<IResult> CalendarAsync(
        HttpContext http, PublicAddress address, TimeProvider time, TruceService truces, TalkService talks, MeasureService measures, CancellationToken cancellationToken)
    {
        var now = AsOf.Now(time);
        var site = address.Site(http.Request);
        var calendar = new Calendar { ProductId = "-//TradeTalks//Trade talks calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", "TradeTalks: US–China deadlines and talks");
        calendar.AddProperty("X-WR-CALDESC", "Truce deadlines, talks and the ends of suspended measures, as the TradeTalks sources record them.");

        foreach (var window in await truces.GetWindowsAsync(now, cancellationToken))
        {
            calendar.Events.Add(Deadline($"truce-{window.Key}", $"Truce deadline: {window.Name}", window.Deadline,
                $"The {window.Name} runs until this instant ({window.DeadlineZone}) unless extended. {window.Summary}", $"{site}/truce"));
            foreach (var extension in window.Extensions)
            {
                calendar.Events.Add(Deadline($"truce-{extension.Key}", $"Truce deadline: {extension.Name}", extension.NewDeadline,
                    $"Deadline set by {extension.Name}, signed {extension.SignedOn:yyyy-MM-dd}. {extension.Summary}", $"{site}/truce"));
            }
        }

        foreach (var talk in (await talks.GetAsync(AsOf.EndOf(now.Day.AddYears(5)), cancellationToken)).Where(t => t.LastDay >= now.Day.AddDays(-365)))
        {
            var evt = new CalendarEvent
            {
                Uid = $"talk-{talk.Key}@tradetalks",
                Summary = talk.Title,
                Location = talk.Place,
                Description = talk.Summary,
                DtStart = new CalDateTime(talk.FirstDay.Year, talk.FirstDay.Month, talk.FirstDay.Day),
                DtEnd = new CalDateTime(talk.LastDay.AddDays(1).Year, talk.LastDay.AddDays(1).Month, talk.LastDay.AddDays(1).Day),
                Url = new Uri($"{site}/timeline?kind=Talk"),
            };
            if (talk.FirstDay > now.Day)
            {
                evt.Alarms.Add(Reminder("The talks begin tomorrow.", TimeSpan.FromDays(1)));
            }

            calendar.Events.Add(evt);
        }

        foreach (var status in await measures.GetStatusesAsync(AsOf.EndOf(now.Day.AddYears(5)), cancellationToken))
        {
            foreach (var change in status.Measure.Changes.Where(c => c.SuspendedUntil is not null))
            {
                calendar.Events.Add(Deadline($"suspension-{change.Key}", $"Suspension ends: {status.Measure.Title}", change.SuspendedUntil!.Value,
                    $"The suspension recorded on {change.On:yyyy-MM-dd} runs until this instant. {change.Summary}", $"{site}/measures"));
            }
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return TypedResults.Text(text, "text/calendar; charset=utf-8", Encoding.UTF8);
    }

    private static CalendarEvent Deadline(string uid, string summary, DateTimeOffset at, string description, string url)
    {
        var instant = new CalDateTime(at.UtcDateTime, "UTC");
        var evt = new CalendarEvent
        {
            Uid = $"{uid}@tradetalks",
            Summary = summary,
            Description = description,
            DtStart = instant,
            DtEnd = new CalDateTime(at.UtcDateTime.AddMinutes(30), "UTC"),
            Url = new Uri(url),
        };
        evt.Alarms.Add(Reminder($"{summary}: one week left.", TimeSpan.FromDays(7)));
        evt.Alarms.Add(Reminder($"{summary}: one day left.", TimeSpan.FromDays(1)));
        return evt;
    }

    private static Alarm Reminder(string text, TimeSpan before) => new()
    {
        Action = AlarmAction.Display,
        Description = text,
        Trigger = new Trigger(Duration.FromTimeSpanExact(-before)),
    };

    private static async Task<IResult> AtomAsync(HttpContext http, PublicAddress address, HistoryService history, TimeProvider time, CancellationToken cancellationToken)
    {
        var site = address.Site(http.Request);
        var sets = await history.RecentAsync(null, null, 50, cancellationToken);
        var feed = new SyndicationFeed(
            "TradeTalks: changes to the record",
            "Each change to the TradeTalks data: records added, corrected, removed or restored, newest first.",
            new Uri(site + "/"), $"{site}{AtomPath}", sets.Count > 0 ? sets[0].At : time.GetUtcNow())
        {
            Items = [.. sets.Select(set => Entry(set, site))],
        };
        feed.Links.Add(new SyndicationLink(new Uri($"{site}{AtomPath}"), "self", "TradeTalks changes", "application/atom+xml", 0));
        feed.Authors.Add(new SyndicationPerson { Name = "TradeTalks editors" });

        using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return TypedResults.Bytes(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    /// <summary>One write as a feed entry. Editors' addresses stay private: the entry says what changed, not who.</summary>
    private static SyndicationItem Entry(ChangeSet set, string site)
    {
        var records = set.Records.Take(20).Select(r => $"{Word(r.Type)} {Kinds.Singular(r.Kind)} {r.Key}").ToList();
        var origin = set.Origin switch
        {
            ChangeOrigin.Seed => "The bundled data set",
            ChangeOrigin.Import => "An import",
            ChangeOrigin.Delete => "A deletion",
            ChangeOrigin.Restore => "A restore",
            _ => "An edit",
        };
        var counts = string.Join(", ", new[] { (set.Added, "added"), (set.Changed, "changed"), (set.Removed, "removed") }.Where(c => c.Item1 > 0).Select(c => $"{c.Item1} {c.Item2}"));
        var first = set.Records.FirstOrDefault();
        var item = new SyndicationItem(
            records.Count == 1 ? $"{records[0][..1].ToUpperInvariant()}{records[0][1..]}" : $"{origin}: {counts}",
            string.Join("; ", records) + (set.Records.Count > records.Count ? "; and more." : "."),
            new Uri(site + Kinds.PublicPage(first?.Kind)),
            $"tag:tradetalks,2026:change-{set.Id}",
            set.At);
        item.PublishDate = set.At;
        return item;
    }

    private static string Word(RecordChangeType type) => type switch
    {
        RecordChangeType.Added => "added",
        RecordChangeType.Removed => "removed",
        _ => "changed",
    };

    private static class Kinds
    {
        public static string Singular(string kind) => DataSets.Kinds.Find(kind)?.Noun ?? kind;

        /// <summary>The reading page a record of the kind is found on; the timeline for a kind the registry does not know.</summary>
        public static string PublicPage(string? kind) => Editing.RecordKind.OwnerOf(kind)?.ReadingPage ?? "/timeline";
    }
}
