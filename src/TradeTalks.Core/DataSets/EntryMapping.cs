using TradeTalks.Claims;
using TradeTalks.Commitments;
using TradeTalks.Developments;
using TradeTalks.Indicators;
using TradeTalks.Measures;
using TradeTalks.People;
using TradeTalks.Sources;
using TradeTalks.Statements;
using TradeTalks.Talks;
using TradeTalks.Tariffs;
using TradeTalks.Truces;

namespace TradeTalks.DataSets;

/// <summary>
/// Stored records as data-set entries, in one canonical form: reference lists sorted by key, and instants that equal
/// their default left out. Two entries that mean the same are then written alike, which is what makes export stable and
/// lets import tell a changed record from an unchanged one.
/// </summary>
public static class EntryMapping
{
    public static SourceEntry ToEntry(Source s) => new()
    {
        Key = s.Key,
        Publisher = s.Publisher,
        Title = s.Title,
        Url = s.Url,
        PublishedOn = s.PublishedOn,
        Note = s.Note,
    };

    public static PersonEntry ToEntry(Person p) => new()
    {
        Key = p.Key,
        Name = p.Name,
        Side = p.Side,
        Role = p.Role,
        Title = p.Title,
        Organisation = p.Organisation,
        Sources = KeysOf(p.Sources),
    };

    public static TalkEntry ToEntry(Talk t) => new()
    {
        Key = t.Key,
        Kind = t.Kind,
        Title = t.Title,
        Place = t.Place,
        FirstDay = t.FirstDay,
        LastDay = t.LastDay,
        Participants = Sorted(t.Participants.Select(p => p.Key)),
        Summary = t.Summary,
        Outcome = t.Outcome,
        Note = t.Note,
        Sources = KeysOf(t.Sources),
    };

    public static TariffLayerEntry ToEntry(TariffLayer l) => new()
    {
        Key = l.Key,
        Imposer = l.Imposer,
        Target = l.Target,
        Authority = l.Authority,
        Scope = l.Scope,
        Name = l.Name,
        Products = l.Products,
        TradeCovered = l.TradeCovered,
        Note = l.Note,
        Sources = KeysOf(l.Sources),
        Changes = [.. l.Changes.OrderBy(c => c.EffectiveAt).ThenBy(c => c.Key, StringComparer.Ordinal).Select(ToEntry)],
    };

    public static TariffChangeEntry ToEntry(TariffChange c) => Canonical(new TariffChangeEntry
    {
        Key = c.Key,
        Rate = c.Rate,
        LowestRate = c.LowestRate,
        EndsLayer = c.EndsLayer,
        AnnouncedOn = c.AnnouncedOn,
        EffectiveOn = c.EffectiveOn,
        EffectiveAt = c.EffectiveAt,
        Cause = c.Cause,
        Note = c.Note,
        Sources = KeysOf(c.Sources),
    });

    public static TruceWindowEntry ToEntry(TruceWindow w) => new()
    {
        Key = w.Key,
        Name = w.Name,
        AnnouncedOn = w.AnnouncedOn,
        StartsAt = w.StartsAt,
        Deadline = w.Deadline,
        DeadlineZone = w.DeadlineZone,
        LapsedOn = w.LapsedOn,
        LapseNote = w.LapseNote,
        Summary = w.Summary,
        Sources = KeysOf(w.Sources),
        Extensions = [.. w.Extensions.OrderBy(e => e.SignedAt).ThenBy(e => e.NewDeadline).ThenBy(e => e.Key, StringComparer.Ordinal).Select(ToEntry)],
        Items = [.. w.Items.OrderBy(i => i.Id).Select(ToEntry)],
    };

    public static TruceItemEntry ToEntry(TruceItem i) => Canonical(new TruceItemEntry
    {
        Key = i.Key,
        Side = i.Side,
        Layer = i.Layer?.Key,
        Points = i.Points,
        Measure = i.Measure?.Key,
        Extension = i.Extension?.Key,
        From = i.From,
        Until = i.Until,
        Summary = i.Summary,
        Sources = KeysOf(i.Sources),
    });

    public static MeasureEntry ToEntry(Measure m) => new()
    {
        Key = m.Key,
        Side = m.Side,
        Kind = m.Kind,
        Title = m.Title,
        Covers = m.Covers,
        Note = m.Note,
        Sources = KeysOf(m.Sources),
        Changes = [.. m.Changes.OrderBy(c => c.At).ThenBy(c => c.Key, StringComparer.Ordinal).Select(ToEntry)],
    };

    public static MeasureChangeEntry ToEntry(MeasureChange c) => Canonical(new MeasureChangeEntry
    {
        Key = c.Key,
        State = c.State,
        On = c.On,
        At = c.At,
        SuspendedUntil = c.SuspendedUntil,
        Summary = c.Summary,
        Note = c.Note,
        Sources = KeysOf(c.Sources),
    });

    public static CommitmentEntry ToEntry(Commitment c) => new()
    {
        Key = c.Key,
        Party = c.Party,
        MadeOn = c.MadeOn,
        ReportedOn = c.ReportedOn,
        Talk = c.Talk?.Key,
        Title = c.Title,
        Quantity = c.Quantity,
        Unit = c.Unit,
        Period = c.Period,
        Summary = c.Summary,
        Note = c.Note,
        Sources = KeysOf(c.Sources),
        Progress = [.. c.Progress.OrderBy(p => p.On).ThenBy(p => p.Key, StringComparer.Ordinal).Select(ToEntry)],
    };

    public static CommitmentProgressEntry ToEntry(CommitmentProgress p) => new()
    {
        Key = p.Key,
        On = p.On,
        Summary = p.Summary,
        Sources = KeysOf(p.Sources),
    };

    public static TruceExtensionEntry ToEntry(TruceExtension e) => Canonical(new TruceExtensionEntry
    {
        Key = e.Key,
        Name = e.Name,
        SignedOn = e.SignedOn,
        SignedAt = e.SignedAt,
        NewDeadline = e.NewDeadline,
        Summary = e.Summary,
        Note = e.Note,
        Sources = KeysOf(e.Sources),
    });

    public static IndicatorReleaseEntry ToEntry(IndicatorRelease i) => new()
    {
        Key = i.Key,
        Indicator = i.Indicator,
        Region = i.Region,
        Series = i.Series,
        Side = i.Side,
        Period = i.Period,
        PeriodStart = i.PeriodStart,
        Value = i.Value,
        Unit = i.Unit,
        Prior = i.Prior,
        PriorLabel = i.PriorLabel,
        Expected = i.Expected,
        ExpectedNote = i.ExpectedNote,
        ReleasedOn = i.ReleasedOn,
        Note = i.Note,
        Sources = KeysOf(i.Sources),
    };

    public static StatementEntry ToEntry(Statement s) => new()
    {
        Key = s.Key,
        Person = s.Person?.Key,
        Speaker = s.Person is null ? s.Speaker : null,
        Side = s.Side,
        SaidOn = s.SaidOn,
        Words = s.Words,
        Context = s.Context,
        Sources = KeysOf(s.Sources),
    };

    public static ClaimEntry ToEntry(Claim c) => new()
    {
        Key = c.Key,
        Kind = c.Kind,
        Accuser = c.Accuser,
        Accused = c.Accused,
        Person = c.Person?.Key,
        Topic = c.Topic,
        Commitment = c.Commitment,
        Summary = c.Summary,
        ReportedOn = c.ReportedOn,
        ResolvedOn = c.ResolvedOn,
        Resolution = c.Resolution,
        Sources = KeysOf(c.Sources),
    };

    public static DevelopmentEntry ToEntry(Development d) => new()
    {
        Key = d.Key,
        Side = d.Side,
        On = d.On,
        Title = d.Title,
        Summary = d.Summary,
        Note = d.Note,
        Sources = KeysOf(d.Sources),
    };

    /// <summary>An entry as read from a file, put in the canonical form that stored records are mapped to.</summary>
    public static T Canonical<T>(T entry) where T : class, IEntry => entry switch
    {
        TariffChangeEntry c => (T)(object)(c with
        {
            EffectiveAt = c.EffectiveAt == DataSetRules.DefaultEffectiveAt(c.EffectiveOn) ? null : c.EffectiveAt,
            Sources = Sorted(c.Sources),
        }),
        TruceExtensionEntry e => (T)(object)(e with
        {
            SignedAt = e.SignedAt == DataSetRules.DefaultSignedAt(e.SignedOn) ? null : e.SignedAt,
            Sources = Sorted(e.Sources),
        }),
        TalkEntry t => (T)(object)(t with { Participants = Sorted(t.Participants), Sources = Sorted(t.Sources) }),
        TariffLayerEntry l => (T)(object)(l with { Sources = Sorted(l.Sources), Changes = [.. l.Changes.Select(Canonical)] }),
        TruceWindowEntry w => (T)(object)(w with
        {
            Sources = Sorted(w.Sources), Extensions = [.. w.Extensions.Select(Canonical)], Items = [.. w.Items.Select(Canonical)],
        }),
        TruceItemEntry i => (T)(object)(i with { Sources = Sorted(i.Sources) }),
        MeasureEntry m => (T)(object)(m with { Sources = Sorted(m.Sources), Changes = [.. m.Changes.Select(Canonical)] }),
        MeasureChangeEntry c => (T)(object)(c with
        {
            At = c.At == DataSetRules.DefaultEffectiveAt(c.On) ? null : c.At,
            Sources = Sorted(c.Sources),
        }),
        CommitmentEntry c => (T)(object)(c with { Sources = Sorted(c.Sources), Progress = [.. c.Progress.Select(Canonical)] }),
        CommitmentProgressEntry p => (T)(object)(p with { Sources = Sorted(p.Sources) }),
        PersonEntry p => (T)(object)(p with { Sources = Sorted(p.Sources) }),
        IndicatorReleaseEntry i => (T)(object)(i with { Sources = Sorted(i.Sources) }),
        StatementEntry s => (T)(object)(s with { Sources = Sorted(s.Sources) }),
        ClaimEntry c => (T)(object)(c with { Sources = Sorted(c.Sources) }),
        DevelopmentEntry d => (T)(object)(d with { Sources = Sorted(d.Sources) }),
        _ => entry,
    };

    private static string[] KeysOf(IEnumerable<Source> sources) => Sorted(sources.Select(s => s.Key));

    private static string[] Sorted(IEnumerable<string> keys) => [.. keys.Order(StringComparer.Ordinal)];
}
