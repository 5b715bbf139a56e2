using System.Globalization;
using TradeTalks.Published;
using TradeTalks.Time;
using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Published;

/// <summary>
/// The record as published that one request asks for (<c>published=</c> or <c>version=</c>), made out once: the data
/// version it names, what was corrected since, or why it cannot be shown. While <see cref="OpenAsync"/>'s lease is held,
/// the app's services read that version's store (docs/decisions/0020-as-published-from-the-history.md).
/// </summary>
public sealed class PublishedReading(PublishedVersions versions, PublishedStores stores, ILogger<PublishedReading> logger)
{
    /// <summary>The version shown: null when the request asked for none, or for one that cannot be shown.</summary>
    public DataVersion? Version { get; private set; }

    /// <summary>What was published after <see cref="Version"/>, which the page does not show.</summary>
    public LaterChanges? Later { get; private set; }

    /// <summary>True when the address named a day rather than a version.</summary>
    public DateOnly? PublishedDay { get; private set; }

    /// <summary>Why the record as published cannot be shown, naming the parameter; the page shows it instead of figures.</summary>
    public QueryProblem? Problem { get; private set; }

    /// <summary>
    /// The status for <see cref="Problem"/>: 400 for a value that cannot be shown (not a day, instant or version; before
    /// the record began; a version not yet published), as for an as-of date before the records start; 503 when the
    /// version could not be rebuilt.
    /// </summary>
    public int ProblemStatus { get; private set; }

    /// <summary>
    /// Makes out the query's published or version; when it names a version older than the latest, holds that version's
    /// store for the caller to serve the request from (<c>lease.Serve()</c>, in the caller's own flow) until it disposes
    /// the lease. Null when there is nothing to hold.
    /// </summary>
    public async Task<PublishedStore.Lease?> OpenAsync(AsOfQuery query, CancellationToken cancellationToken)
    {
        if (!query.TryReadPublished(out var point, out var problem))
        {
            (Problem, ProblemStatus) = (problem, StatusCodes.Status400BadRequest);
            return null;
        }

        if (point is null)
        {
            return null;
        }

        var parameter = point.Version is null ? "published" : "version";
        var latest = await versions.LatestAsync(cancellationToken);
        var version = latest is null ? null : await versions.FindAsync(point, cancellationToken);
        if (version is null)
        {
            var first = await versions.FirstAsync(cancellationToken);
            (Problem, ProblemStatus) = (new QueryProblem(parameter, first is null
                ? "Nothing has been published yet: the record is empty. Leave published and version out."
                : $"Nothing had been published by then: the record begins with version {first.Number}, published on {Words(first.At)}. " +
                  $"Choose a later {(parameter == "version" ? "version" : "date")}, or leave {parameter} out for the record as it stands."), StatusCodes.Status400BadRequest);
            return null;
        }

        if (point.Version > latest!.Number)
        {
            (Problem, ProblemStatus) = (new QueryProblem("version",
                $"Version {point.Version} has not been published; the latest is version {latest.Number}, of {Words(latest.At)}. Give a version up to {latest.Number}."),
                StatusCodes.Status400BadRequest);
            return null;
        }

        Version = version;
        PublishedDay = point.At is { } at && query.Published?.Trim().Length == 10 ? Zones.UsEastern.DayOf(at) : null;
        Later = await versions.AfterAsync(version, cancellationToken);
        if (Later.Count == 0)
        {
            // The latest version is the live store itself: nothing to rebuild.
            return null;
        }

        try
        {
            return (await stores.OpenAsync(version, cancellationToken)).Hold();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "The store as published at version {Version} could not be rebuilt", version.Number);
            (Version, Problem, ProblemStatus) = (null, new QueryProblem(parameter,
                $"The record as published at version {version.Number} could not be rebuilt from the history just now. Try again in a minute, or leave {parameter} out."),
                StatusCodes.Status503ServiceUnavailable);
            return null;
        }
    }

    /// <summary>A day and time in US Eastern, in words: "3 Dec 2026, 14:05 ET".</summary>
    public static string Words(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Zones.UsEastern).ToString("d MMM yyyy, HH:mm 'ET'", CultureInfo.InvariantCulture);
}
