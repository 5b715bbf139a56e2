using TradeTalks.DataSets;
using TradeTalks.History;
using TradeTalks.Time;
using TradeTalks.Timeline;

namespace TradeTalks.Changes;

/// <summary>The days asked about, each the whole day in US Eastern time, as every day on the dashboard.</summary>
public sealed record ChangeSpan(DateOnly From, DateOnly To)
{
    /// <summary>The span a reader gets without choosing: the last seven days up to the day asked for.</summary>
    public const int DefaultDays = 7;

    public DateTimeOffset Start => Zones.UsEastern.StartOfDay(From);

    public DateTimeOffset End => Zones.UsEastern.EndOfDay(To);

    public int Days => To.DayNumber - From.DayNumber + 1;
}

/// <summary>Which changes to show: kinds of item (empty is every kind) and one side (null is both).</summary>
public sealed record ChangeFilter(IReadOnlyCollection<TimelineKind> Kinds, Side? Side)
{
    public static ChangeFilter Everything { get; } = new([], null);

    public bool Shows(TimelineKind kind) => Kinds.Count == 0 || Kinds.Contains(kind);
}

/// <summary>
/// What took effect in the span: the timeline's items dated in it, the across-the-board rates that moved, and the
/// deadlines that were reached (a truce's, a suspension's end).
/// </summary>
public sealed record InTheWorld(IReadOnlyList<TimelineItem> Items, IReadOnlyList<RateMove> RateMoves, IReadOnlyList<DeadlineReached> Deadlines)
{
    public bool IsEmpty => Items.Count == 0 && RateMoves.Count == 0 && Deadlines.Count == 0;
}

/// <summary>One side's rate on all goods, from one figure to another at an instant, as the tariff timeline steps it.</summary>
public sealed record RateMove(Side Imposer, Side Target, DateTimeOffset At, decimal From, decimal To, IReadOnlyList<string> Causes);

public enum DeadlineKind
{
    Truce,
    SuspensionEnd,
}

/// <summary>A deadline in force that came in the span: nothing on record had moved it by then.</summary>
/// <param name="Name">The truce's term, or the suspended measure's title.</param>
/// <param name="Side">Whose measure; null for a truce, which binds both.</param>
public sealed record DeadlineReached(DeadlineKind Kind, string Name, DateTimeOffset At, Side? Side, string Summary);

/// <summary>
/// One record as one write changed it: what the history keeps, without who wrote it (a reading page never names an
/// editor). <see cref="Before"/> and <see cref="After"/> are the data-set entry as JSON, null where there was none.
/// </summary>
public sealed record Correction(long ChangeSetId, DateTimeOffset At, ChangeOrigin Origin, string Kind, string Key, RecordChangeType Type, string? Before, string? After)
{
    public bool IsRestore => Origin == ChangeOrigin.Restore;
}

/// <summary>The corrections published in a span, newest first, at most <see cref="ChangesService.MaxCorrections"/>, and how many there were.</summary>
public sealed record InTheRecord(IReadOnlyList<Correction> Corrections, int TotalCount);
