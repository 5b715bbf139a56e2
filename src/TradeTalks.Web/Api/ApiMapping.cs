using TradeTalks.Claims;
using TradeTalks.Commitments;
using TradeTalks.Indicators;
using TradeTalks.Measures;
using TradeTalks.People;
using TradeTalks.Sources;
using TradeTalks.Statements;
using TradeTalks.Talks;
using TradeTalks.Tariffs;
using TradeTalks.Timeline;
using TradeTalks.Truces;

namespace TradeTalks.Web.Api;

/// <summary>From the store's records to the API's.</summary>
public static class ApiMapping
{
    public static IReadOnlyList<ApiSource> Of(IEnumerable<Source> sources) =>
        [.. sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new ApiSource(s.Key, s.Publisher, s.Title, s.Url, s.PublishedOn))];

    public static ApiTalk Of(Talk t) => new(
        t.Key, t.Kind.ToString(), t.Title, t.Place, t.FirstDay, t.LastDay,
        [.. t.Participants.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new ApiPersonRef(p.Key, p.Name))],
        t.Summary, t.Outcome, t.Note, Of(t.Sources));

    public static ApiPerson Of(Person p) => new(p.Key, p.Name, p.Side.ToString(), p.Role.ToString(), p.Title, p.Organisation, Of(p.Sources));

    public static ApiTariffChange Of(TariffChange c, TariffLayer layer) => new(
        c.Key, layer.Key, layer.Imposer.ToString(), c.Rate, c.LowestRate, c.EndsLayer, c.AnnouncedOn, c.EffectiveOn, c.EffectiveAt.ToUniversalTime(),
        c.Cause, c.Note, Of(c.Sources));

    /// <param name="rateAsOf">The layer's rate at the as-of instant, as the timeline gives it (0 when not in force).</param>
    public static ApiTariffLayer Of(TariffLayer l, decimal rateAsOf) => new(
        l.Key, l.Imposer.ToString(), l.Target.ToString(), l.Authority.ToString(), l.Scope.ToString(), l.Name, l.Products, l.TradeCovered, l.Note,
        rateAsOf,
        [.. l.Changes.OrderBy(c => c.EffectiveAt).Select(c => Of(c, l))], Of(l.Sources));

    public static ApiDirectionRate Of(DirectionTimeline direction, DateTimeOffset at) => new(
        direction.Imposer.ToString(), direction.Target.ToString(), direction.RateAt(at),
        [.. direction.LayersAt(at).Select(r => new ApiLayerRate(r.Layer.Key, r.Layer.Name, r.Layer.Scope.ToString(), r.Rate, r.SetBy.Key))]);

    public static ApiTruceWindow Of(TruceWindow w) => new(
        w.Key, w.Name, w.AnnouncedOn, w.StartsAt.ToUniversalTime(), w.Deadline.ToUniversalTime(), w.DeadlineZone, w.LapsedOn, w.LapseNote, w.Summary,
        [.. w.Extensions.OrderBy(e => e.SignedAt).Select(e => new ApiTruceExtension(e.Key, e.Name, e.SignedOn, e.SignedAt.ToUniversalTime(), e.NewDeadline.ToUniversalTime(), e.Summary, Of(e.Sources)))],
        Of(w.Sources));

    public static ApiTruceStatus Of(TruceStatus s) => new(
        s.Window.Key, s.At.ToUniversalTime(), s.State.ToString(), s.CurrentTerm.Name, s.Deadline.ToUniversalTime(),
        new ApiTimeLeft(s.TimeLeft.Days, s.TimeLeft.Hours, s.TimeLeft.Minutes, s.TimeLeft.Seconds), Math.Round(s.ElapsedShare, 4), s.DataMayBeStale,
        [.. s.Items.Select(i => new ApiTruceItem(
            i.Item.Key, i.Item.Side.ToString(), i.Item.Layer?.Key, i.Item.Measure?.Key, i.Item.Points, i.From.ToUniversalTime(), i.Deadline.ToUniversalTime(),
            i.State.ToString(), i.RateBefore, i.RateOnLapse, i.Item.Summary, Of(i.Item.Sources)))],
        Of(s.CurrentTerm.Extension?.Sources ?? s.Window.Sources));

    public static ApiMeasure Of(MeasureStatus s) => new(
        s.Measure.Key, s.Measure.Side.ToString(), s.Measure.Kind.ToString(), s.Measure.Title, s.Measure.Covers, s.Measure.Note, s.Standing.ToString(),
        s.Last.On,
        [.. s.History.Select(c => new ApiMeasureChange(c.Key, c.State.ToString(), c.On, c.At.ToUniversalTime(), c.SuspendedUntil?.ToUniversalTime(), c.Summary, Of(c.Sources)))],
        Of(s.Measure.Sources));

    public static ApiCommitment Of(CommitmentView v) => new(
        v.Commitment.Key, v.Commitment.Party.ToString(), v.Commitment.MadeOn, v.Commitment.ReportedOn, v.Commitment.Talk?.Key, v.Commitment.Title,
        v.Commitment.Quantity, v.Commitment.Unit, v.Commitment.Period, v.Commitment.Summary, v.Commitment.Note,
        [.. v.Progress.Select(p => new ApiProgress(p.Key, p.On, p.Summary, Of(p.Sources)))], Of(v.Commitment.Sources));

    public static ApiIndicatorRelease Of(IndicatorRelease r) => new(
        r.Key, r.Indicator, r.Region, r.Series, r.Side.ToString(), r.Period, r.PeriodStart, r.Value, r.Unit, r.Prior, r.PriorLabel, r.Expected,
        r.ExpectedNote, r.ReleasedOn, r.Note, Of(r.Sources));

    public static ApiStatement Of(Statement s) => new(s.Key, s.Person?.Key, s.Speaker, s.Side.ToString(), s.SaidOn, s.Words, s.Context, Of(s.Sources));

    public static ApiClaim Of(Claim c) => new(
        c.Key, c.Kind.ToString(), c.Accuser.ToString(), c.Accused.ToString(), c.Person?.Key, c.Topic.ToString(), c.Commitment, c.Summary,
        c.ReportedOn, c.ResolvedOn, c.Resolution, Of(c.Sources));

    public static ApiSourceRecord Of(SourceWithCitations s) => new(
        s.Source.Key, s.Source.Publisher, s.Source.Title, s.Source.Url, s.Source.PublishedOn, s.Source.Note,
        [.. s.CitedBy.Select(c => new ApiCitation(c.Kind, c.Key, Components.Shared.Citations.Label(c), c.Day))]);

    public static ApiTimelineItem Of(TimelineItem i) => new(
        i.Kind.ToString(), i.RecordKey, i.Day, i.LastDay, i.Title, i.Summary, i.Side?.ToString(),
        [.. i.People.Select(p => new ApiPersonRef(p.Key, p.Name))], i.Detail, Components.Shared.Figures.Text(i.Figure),
        [.. i.Sources.Select(s => new ApiSource(s.Key, s.Publisher, s.Title, s.Url, s.PublishedOn))]);
}
