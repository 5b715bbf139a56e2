using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using TradeTalks.Published;
using TradeTalks.Time;

namespace TradeTalks.Web.Queries;

/// <summary>
/// The point in the record a reader asks for: the as-of date, and the record as published at an instant or a data
/// version. Every reading page (through <c>AsOfState</c> and <c>PublishedReading</c>) and every API endpoint (bound
/// with <c>[AsParameters]</c>, checked by <c>QueryGuard</c> on the route group) reads them here.
/// </summary>
public sealed record AsOfQuery : IGuardedQuery
{
    [FromQuery(Name = "asOf"), Description("The as-of date, YYYY-MM-DD: the answer is what was on record at the end of that day in US Eastern time. Without it, now.")] public string? Text { get; init; }

    [FromQuery(Name = "published"), Description("The record as this tracker published it then: a day, YYYY-MM-DD (the end of that day, US Eastern), or an ISO 8601 instant with its offset (2026-12-03T15:00:00Z). Combines with asOf. Without it, as it stands now.")]
    public string? Published { get; init; }

    [FromQuery(Name = "version"), Description("The record as published at this data version (a whole number from 1; the freshness line and the ETag give it). Combines with asOf; not with published.")]
    public string? Version { get; init; }

    [FromServices]
    public TimeProvider Time { get; init; } = null!;

    /// <summary>The as-of instant asked for. A bad date throws: read it behind the guard, or after <see cref="TryRead"/>.</summary>
    public AsOf AsOf => TryRead(out var asOf, out var problem) ? asOf : throw new InvalidOperationException(problem.Message);

    public QueryProblem? FirstProblem =>
        !TryRead(out _, out var problem) ? problem : !TryReadPublished(out _, out problem) ? problem : null;

    /// <summary>
    /// The point of publication asked for: null for the record as it stands. False with a problem naming published or
    /// version when the value cannot be used.
    /// </summary>
    public bool TryReadPublished(out PublishedPoint? point, [NotNullWhen(false)] out QueryProblem? problem)
    {
        point = null;
        problem = null;
        var published = string.IsNullOrWhiteSpace(Published) ? null : Published.Trim();
        var version = string.IsNullOrWhiteSpace(Version) ? null : Version.Trim();
        if (published is not null && version is not null)
        {
            problem = new("version", "Give published or version, not both: version names one data version, published the one in force at an instant.");
        }
        else if (version is not null)
        {
            if (long.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
            {
                point = PublishedPoint.Numbered(number);
            }
            else
            {
                problem = new("version", $"\"{UserInput.Shorten(version)}\" is not a data version. Give a whole number from 1, as the freshness line shows it (version=12).");
            }
        }
        else if (published is not null)
        {
            var today = Zones.UsEastern.DayOf(Time.GetUtcNow());
            var future = new QueryProblem("published",
                $"published {UserInput.Shorten(published)} is after today: what will be published then is not known yet. Give a day or an instant up to now ({today:yyyy-MM-dd}).");
            if (UserInput.TryParseDay(published, out var day))
            {
                point = day > today ? null : PublishedPoint.Instant(Zones.UsEastern.EndOfDay(day));
                problem = point is null ? future : null;
            }
            else if (published.Contains('T') && HasOffset(published)
                && DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var instant))
            {
                point = instant > Time.GetUtcNow() ? null : PublishedPoint.Instant(instant);
                problem = point is null ? future : null;
            }
            else
            {
                problem = new("published", $"\"{UserInput.Shorten(published)}\" is not a day or an instant. Give a day as YYYY-MM-DD (2026-12-03) or an ISO 8601 instant with its offset (2026-12-03T15:00:00Z).");
            }
        }

        return problem is null;
    }

    // An instant without Z or an offset would be read in the server's time zone: refused rather than guessed.
    private static bool HasOffset(string text)
    {
        var time = text[(text.IndexOf('T') + 1)..];
        return time.EndsWith('Z') || time.EndsWith('z') || time.Contains('+') || time.Contains('-');
    }

    /// <summary>The as-of instant; without a date, now. False with a problem naming asOf when the date cannot be used.</summary>
    public bool TryRead(out AsOf asOf, [NotNullWhen(false)] out QueryProblem? problem)
    {
        problem = AsOf.TryParse(Text, Time, out asOf, out var error) ? null : new QueryProblem("asOf", error!);
        return problem is null;
    }
}
