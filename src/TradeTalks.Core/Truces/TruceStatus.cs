namespace TradeTalks.Truces;

/// <summary>One term of a truce: the first window or an extension, from its start to its deadline.</summary>
public sealed record TruceTerm(
    string Name,
    DateTimeOffset Start,
    DateTimeOffset Deadline,
    DateOnly? SignedOn,
    TruceState State,
    TruceExtension? Extension);

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
    bool DataMayBeStale)
{
    public decimal LapseRateUsOnChina => Window.LapseRateUsOnChina;

    public decimal LapseRateChinaOnUs => Window.LapseRateChinaOnUs;

    public string LapseTerms => Window.LapseTerms;

    /// <summary>Whole days left, as the countdown's first figure shows them.</summary>
    public int DaysLeft => TimeLeft.Days;
}
