namespace TradeTalks.Truces;

/// <summary>One term of a truce: the first window or an extension, from its start to its deadline.</summary>
public sealed record TruceTerm(
    string Name,
    DateTimeOffset Start,
    DateTimeOffset Deadline,
    DateOnly? SignedOn,
    TruceState State,
    TruceExtension? Extension);

/// <summary>Where one suspended item stands, and what would come back if it lapsed.</summary>
public enum TruceItemState
{
    /// <summary>Agreed, but its suspension starts later.</summary>
    Agreed,

    Suspended,

    /// <summary>Its deadline passed with nothing on record about what followed.</summary>
    DeadlinePassed,

    /// <summary>The truce lapsed, as a source reports.</summary>
    Lapsed,
}

/// <summary>
/// One suspended item at an instant: its deadline, its state, and what returns if it lapses, worked out from the
/// layer's rate in force at the deadline (a layer that ended by then brings nothing back).
/// </summary>
public sealed record TruceItemStatus(
    TruceItem Item,
    DateTimeOffset From,
    DateTimeOffset Deadline,
    TruceItemState State,
    decimal? RateBefore,
    decimal? RateOnLapse,
    DateOnly? LayerEndedOn)
{
    /// <summary>True when a lapse would bring something back.</summary>
    public bool ReturnsSomething => Item.Measure is not null || RateOnLapse is not null;
}

/// <summary>Time left, split the way a countdown shows it.</summary>
public readonly record struct TimeLeft(int Days, int Hours, int Minutes, int Seconds)
{
    public static TimeLeft From(TimeSpan span)
    {
        if (span <= TimeSpan.Zero)
        {
            return default;
        }

        var seconds = (long)Math.Floor(span.TotalSeconds);
        return new TimeLeft((int)(seconds / 86400), (int)(seconds / 3600 % 24), (int)(seconds / 60 % 60), (int)(seconds % 60));
    }

    public bool IsZero => Days == 0 && Hours == 0 && Minutes == 0 && Seconds == 0;
}

/// <summary>
/// A truce as it stood at one instant. <see cref="Deadline"/> is the latest deadline known then (following the
/// extensions signed by then); <see cref="CurrentTerm"/> is the term the instant falls in; <see cref="ElapsedShare"/>
/// runs from the truce's start to <see cref="Deadline"/>.
/// </summary>
public sealed record TruceStatus(
    TruceWindow Window,
    DateTimeOffset At,
    TruceState State,
    TruceTerm CurrentTerm,
    IReadOnlyList<TruceTerm> Terms,
    DateTimeOffset Deadline,
    DateTimeOffset DeadlineUsEastern,
    DateTimeOffset DeadlineBeijing,
    TimeLeft TimeLeft,
    double ElapsedShare,
    bool DataMayBeStale,
    IReadOnlyList<TruceItemStatus> Items)
{
    /// <summary>Whole days left, as the countdown's first figure shows them.</summary>
    public int DaysLeft => TimeLeft.Days;
}
