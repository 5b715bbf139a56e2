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

        // Only a record that says so makes a truce lapsed; a deadline passing with nothing on record is its own state.
        // An extension signed after a recorded lapse revives the truce.
        var lapsed = window.LapsedOn is { } lapsedOn && Zones.UsEastern.StartOfDay(lapsedOn) <= at
            && !known.Any(e => e.SignedOn >= lapsedOn);
        var state = at < window.StartsAt ? TruceState.Announced
            : lapsed ? TruceState.Lapsed
            : at >= deadline ? TruceState.DeadlinePassed
            : deadline - at <= EndingSoonWindow ? TruceState.EndingSoon
            : TruceState.InForce;

        // The terms known at the instant: the first window, then each extension from the previous deadline to its own.
        var spans = new List<(string Name, DateTimeOffset Start, DateTimeOffset Deadline, DateOnly? SignedOn, TruceExtension? Extension)>
        {
            (window.Name, window.StartsAt, window.Deadline, null, null),
        };
        foreach (var next in known)
        {
            spans.Add((next.Name, spans[^1].Deadline, next.NewDeadline, next.SignedOn, next));
        }

        // The term in force is the one the instant falls in; before the start it is the first, after the end the last.
        var current = at < window.StartsAt ? 0
            : spans.FindIndex(t => at >= t.Start && at < t.Deadline) is var index and >= 0 ? index
            : spans.Count - 1;
        var terms = spans.Select((t, i) => new TruceTerm(
            t.Name,
            t.Start,
            t.Deadline,
            t.SignedOn,
            i < current ? TruceState.Superseded : i > current ? TruceState.Announced : state,
            t.Extension)).ToList();

        // The share elapsed runs over the whole truce so far, from its start to the deadline now in force, so that it
        // agrees with the time left.
        var length = deadline - window.StartsAt;
        var elapsed = length <= TimeSpan.Zero ? 1 : Math.Clamp((at - window.StartsAt) / length, 0, 1);
        var laterData = extensions.Any(e => e.SignedAt > at);

        return new TruceStatus(
            window,
            at,
            state,
            terms[current],
            terms,
            deadline,
            deadline.In(Zones.UsEastern),
            deadline.In(Zones.Beijing),
            TimeLeft.From(deadline - at),
            elapsed,
            DataMayBeStale: state == TruceState.DeadlinePassed && !laterData,
            Items: [.. ItemsAt(window, at, deadline, lapsed)]);
    }

    /// <summary>
    /// A suspended measure's own deadline, from its history as known at the instant: the end of its latest suspension
    /// on record. Kept in one place, so an extension of the suspension is one record in the measure's history.
    /// </summary>
    private static DateTimeOffset? SuspensionEnd(Measures.Measure? measure, DateTimeOffset at) =>
        measure?.Changes.Where(c => c.At <= at).MaxBy(c => c.At) is { State: Measures.MeasureState.Suspended, SuspendedUntil: { } until }
            ? until
            : null;

    /// <summary>
    /// When an item counts as known: when the extension that added it was signed; otherwise when its own suspension
    /// starts, if later than the truce; otherwise when the truce was announced.
    /// </summary>
    private static DateTimeOffset KnownAt(TruceWindow window, TruceItem item) =>
        item.Extension?.SignedAt ?? (item.From is { } from && from > window.StartsAt ? from : Zones.UsEastern.StartOfDay(window.AnnouncedOn));

    /// <summary>The items known at the instant: those of the truce, and those of the extensions signed by then.</summary>
    private static IEnumerable<TruceItemStatus> ItemsAt(TruceWindow window, DateTimeOffset at, DateTimeOffset truceDeadline, bool lapsed)
    {
        foreach (var item in window.Items.Where(i => KnownAt(window, i) <= at).OrderBy(i => i.From ?? window.StartsAt).ThenBy(i => i.Side))
        {
            var from = item.From ?? window.StartsAt;
            var deadline = item.Until ?? SuspensionEnd(item.Measure, at) ?? truceDeadline;
            // A recorded lapse ends the items that run to the truce's deadline; an item with a later deadline of its own
            // keeps it.
            var state = at < from ? TruceItemState.Agreed
                : lapsed && (item.Until is null || item.Until <= at) ? TruceItemState.Lapsed
                : at >= deadline ? TruceItemState.DeadlinePassed
                : TruceItemState.Suspended;

            decimal? before = null;
            decimal? onLapse = null;
            DateOnly? endedOn = null;
            if (item.Layer is { } layer && item.Points is { } points)
            {
                // The layer as it will stand just before the deadline, from the changes announced by the instant (one
                // announced later is hindsight): a layer that ended by then brings nothing back.
                var last = layer.Changes
                    .Where(c => c.EffectiveAt < deadline && Zones.UsEastern.StartOfDay(c.AnnouncedOn ?? c.EffectiveOn) <= at)
                    .MaxBy(c => c.EffectiveAt);
                if (last is { EndsLayer: true })
                {
                    endedOn = last.EffectiveOn;
                }
                else if (last is not null)
                {
                    before = last.Rate;
                    onLapse = last.Rate + points;
                }
            }

            yield return new TruceItemStatus(item, from, deadline, state, before, onLapse, endedOn);
        }
    }
}
