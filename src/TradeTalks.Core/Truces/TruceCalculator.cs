using TradeTalks.Time;

namespace TradeTalks.Truces;

/// <summary>Works out where a truce stands at an instant, following the extensions known by then.</summary>
public static class TruceCalculator
{
    /// <summary>The last 14 days before a deadline count as ending soon.</summary>
    public static readonly TimeSpan EndingSoonWindow = TimeSpan.FromDays(14);

    /// <summary>
    /// The truce's status at <paramref name="at"/>, or null when it had not been announced by then. Extensions count
    /// from the day they were signed; when the last deadline on record has passed with nothing later in the data,
    /// the status is lapsed and flagged as possibly stale.
    /// </summary>
    public static TruceStatus? StatusAt(TruceWindow window, DateTimeOffset at)
    {
        if (at < Zones.UsEastern.StartOfDay(window.AnnouncedOn))
        {
            return null;
        }

        var extensions = window.Extensions.OrderBy(e => e.SignedAt).ToList();
        var known = extensions.Where(e => e.SignedAt <= at).ToList();
        var deadline = known.Count > 0 ? known[^1].NewDeadline : window.Deadline;

        var state = at < window.StartsAt ? TruceState.Announced
            : at >= deadline ? TruceState.Lapsed
            : deadline - at <= EndingSoonWindow ? TruceState.EndingSoon
            : TruceState.InForce;

        var terms = new List<TruceTerm>();
        var start = window.StartsAt;
        var termDeadline = window.Deadline;
        string name = window.Name;
        DateOnly? signedOn = null;
        TruceExtension? extension = null;
        foreach (var next in known)
        {
            terms.Add(new TruceTerm(name, start, termDeadline, signedOn, TruceState.Superseded, extension));
            (start, termDeadline, name, signedOn, extension) = (termDeadline, next.NewDeadline, next.Name, next.SignedOn, next);
        }

        var current = new TruceTerm(name, start, termDeadline, signedOn, state, extension);
        terms.Add(current);

        var length = current.Deadline - current.Start;
        var elapsed = length <= TimeSpan.Zero ? 1 : Math.Clamp((at - current.Start) / length, 0, 1);
        var laterData = extensions.Any(e => e.SignedAt > at);

        return new TruceStatus(
            window,
            at,
            state,
            current,
            terms,
            deadline,
            deadline.In(Zones.UsEastern),
            deadline.In(Zones.Beijing),
            TimeLeft.From(deadline - at),
            elapsed,
            DataMayBeStale: state == TruceState.Lapsed && !laterData);
    }
}
