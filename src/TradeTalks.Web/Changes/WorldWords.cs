using TradeTalks.Changes;
using TradeTalks.Time;
using TradeTalks.Timeline;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Web.Changes;

/// <summary>What "took effect", whichever service found it, in one shape: a timeline item, a rate that moved, a deadline reached.</summary>
/// <param name="Kind">The timeline's kind the change counts under (a rate's move under tariff changes, a deadline under truce milestones or measures).</param>
/// <param name="What">What changed, in words: a rate from → to, a deadline, an outcome.</param>
/// <param name="Key">The record's key for the API; null for a figure no one record holds (a headline rate).</param>
/// <param name="Link">The page the change is found on, with a filter or date that shows it.</param>
public sealed record WorldChange(
    TimelineKind Kind, DateOnly Day, DateOnly? LastDay, DateTimeOffset? At, string Title, string What, string? Summary, Side? Side, string? Key,
    IReadOnlyList<SourceRef> Sources, string Link);

/// <summary>Puts what took effect in a span into the pages' words, oldest first.</summary>
public static class WorldWords
{
    public static IReadOnlyList<WorldChange> Describe(InTheWorld world) =>
    [
        .. world.Items.Select(Of)
            .Concat(world.RateMoves.Select(Of))
            .Concat(world.Deadlines.Select(Of))
            .OrderBy(c => c.Day).ThenBy(c => c.At ?? DateTimeOffset.MinValue).ThenBy(c => c.Kind),
    ];

    public static WorldChange Of(TimelineItem item)
    {
        var figure = Figures.Text(item.Figure);
        var what = item.Kind switch
        {
            TimelineKind.Talk => $"Held in {figure}" + (item.Detail is { } outcome ? $". Outcome: {outcome}" : ""),
            TimelineKind.Statement => $"“{item.Detail}”",
            TimelineKind.TruceMilestone when item.Figure is DeadlineFigure { IsNew: true } => $"Extended: {char.ToLowerInvariant(figure![0])}{figure[1..]}",
            TimelineKind.TruceMilestone => $"Agreed. {figure}",
            _ => figure ?? item.Summary,
        };
        return new WorldChange(item.Kind, item.Day, item.LastDay, null, item.Title, Capital(what), what == item.Summary ? null : item.Summary, item.Side, item.RecordKey,
            item.Sources, TimelineLink(item.Kind, item.Day));
    }

    private static WorldChange Of(RateMove move)
    {
        var day = Zones.UsEastern.DayOf(move.At);
        return new WorldChange(
            TimelineKind.TariffChange, day, null, move.At, $"{move.Imposer.ShortName()} tariffs on all goods from {move.Target.ShortName()}",
            $"{Percent.Format(move.From)} → {Percent.Format(move.To)} from {Dates.InZone(move.At, Zones.UsEastern, "US Eastern")}",
            move.Causes.Count == 0 ? null : string.Join(" ", move.Causes), move.Imposer, null, [], AsOfLinks.With("/tariffs", day));
    }

    private static WorldChange Of(DeadlineReached deadline)
    {
        var day = Zones.UsEastern.DayOf(deadline.At);
        var (kind, title, page) = deadline.Kind == DeadlineKind.Truce
            ? (TimelineKind.TruceMilestone, $"Truce deadline reached: {deadline.Name}", "/truce")
            : (TimelineKind.Measure, $"Suspension ended: {deadline.Name}", "/measures");
        return new WorldChange(kind, day, null, deadline.At, title, InBothZones(deadline.At), deadline.Summary, deadline.Side, null, [], AsOfLinks.With(page, day));
    }

    /// <summary>An instant in US Eastern and Beijing time, as the truce page gives a deadline.</summary>
    public static string InBothZones(DateTimeOffset at) =>
        $"{Dates.InZone(at, Zones.UsEastern, "US Eastern")} ({Dates.InZone(at, Zones.Beijing, "Beijing")})";

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The timeline on the change's day, filtered to its kind: the record on its page.</summary>
    public static string TimelineLink(TimelineKind kind, DateOnly day) => $"/timeline?kind={kind}&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}";
}
