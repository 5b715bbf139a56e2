using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using TradeTalks.Measures;
using TradeTalks.Talks;
using TradeTalks.Time;
using TradeTalks.Truces;
using TradeTalks.Web.Changes;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Web.Feeds;

/// <summary>
/// The calendar: every talk on record, past and scheduled, and every deadline (truce deadlines, ends of suspended
/// measures) with reminders. Descriptions are in words, and each deadline says its instant in US Eastern and Beijing
/// time, where the two sides read it.
/// </summary>
public static class CalendarFeed
{
    public static async Task<string> WriteAsync(
        string site, TimeProvider time, TruceService truces, TalkService talks, MeasureService measures, CancellationToken cancellationToken)
    {
        var now = AsOf.Now(time);
        // Scheduled talks and deadlines lie ahead of today: read the record as far ahead as a date may be asked for.
        var ahead = AsOf.EndOf(now.Day.AddDays(AsOf.MaxDaysAhead));
        var calendar = new Calendar { ProductId = "-//TradeTalks//Trade talks calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", "TradeTalks: US–China deadlines and talks");
        calendar.AddProperty("X-WR-CALDESC", "Every talk on record, truce deadlines and the ends of suspended measures, as the TradeTalks sources record them.");

        foreach (var window in await truces.GetWindowsAsync(now, cancellationToken))
        {
            calendar.Events.Add(Deadline($"truce-{window.Key}", $"Truce deadline: {window.Name}", window.Deadline,
                $"The {window.Name} runs until this deadline unless it is extended. {window.Summary}", $"{site}/truce"));
            foreach (var extension in window.Extensions)
            {
                calendar.Events.Add(Deadline($"truce-{extension.Key}", $"Truce deadline: {extension.Name}", extension.NewDeadline,
                    $"The deadline {extension.Name} set, signed on {Dates.Day(extension.SignedOn)}. {extension.Summary}", $"{site}/truce"));
            }
        }

        foreach (var talk in await talks.GetAsync(ahead, cancellationToken))
        {
            calendar.Events.Add(Talk(talk, now, site));
        }

        foreach (var status in await measures.GetStatusesAsync(ahead, cancellationToken))
        {
            foreach (var change in status.Measure.Changes.Where(c => c.SuspendedUntil is not null))
            {
                calendar.Events.Add(Deadline($"suspension-{change.Key}", $"Suspension ends: {status.Measure.Title}", change.SuspendedUntil!.Value,
                    $"The suspension of {status.Measure.Title} from {Dates.Day(change.On)} runs until this deadline. {change.Summary}", $"{site}/measures"));
            }
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent Talk(Talk talk, AsOf now, string site)
    {
        var who = talk.Participants.Count == 0 ? "" : $" Taking part: {string.Join(", ", talk.Participants.OrderBy(p => p.Side).ThenBy(p => p.Name).Select(p => p.Name))}.";
        var outcome = talk.LastDay < now.Day && talk.Outcome is { } result ? $" Outcome: {result}" : "";
        var end = talk.LastDay.AddDays(1);
        var evt = new CalendarEvent
        {
            Uid = $"talk-{talk.Key}@tradetalks",
            Summary = talk.Title,
            Location = talk.Place,
            Description = $"{talk.Kind.Label()} in {talk.Place}, {Dates.Range(talk.FirstDay, talk.LastDay)}. {talk.Summary}{who}{outcome}",
            DtStart = new CalDateTime(talk.FirstDay.Year, talk.FirstDay.Month, talk.FirstDay.Day),
            DtEnd = new CalDateTime(end.Year, end.Month, end.Day),
            Url = new Uri(site + WorldWords.TimelineLink(Timeline.TimelineKind.Talk, talk.FirstDay)),
        };
        if (talk.FirstDay > now.Day)
        {
            evt.Alarms.Add(Reminder("The talks begin tomorrow.", TimeSpan.FromDays(1)));
        }

        return evt;
    }

    private static CalendarEvent Deadline(string uid, string summary, DateTimeOffset at, string description, string url)
    {
        var evt = new CalendarEvent
        {
            Uid = $"{uid}@tradetalks",
            Summary = summary,
            Description = $"Deadline: {WorldWords.InBothZones(at)}. {description}",
            DtStart = new CalDateTime(at.UtcDateTime, "UTC"),
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
}
