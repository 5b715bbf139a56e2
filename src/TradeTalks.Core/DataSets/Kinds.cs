using Microsoft.EntityFrameworkCore;
using static TradeTalks.DataSets.RecordKeys;

namespace TradeTalks.DataSets;

/// <summary>
/// Every kind of record, in the data set's order with each child kind after its parent: the one list that the reader,
/// the rules, the store's reads and writes, export, the history, the sources page, the command line, the API and the
/// editor go through. Fields a record and its entry share are mapped by name; each kind says here only what differs.
/// docs/adding-a-kind.md says what else a new kind needs.
/// </summary>
public static class Kinds
{
    // A parent maps its children through the child kind, declared after it: the lambdas run once every kind is set,
    // hence the "!" on those references.

    public static readonly DataSetKind<Source, SourceEntry> Sources = new("sources", "source", "sources", "sources")
    {
        InDocument = d => d.Sources,
        WithEntries = (d, entries) => d with { Sources = entries },
        Table = db => db.Sources,
        Canonical = e => e,
    };

    public static readonly DataSetKind<Person, PersonEntry> People = new("people", "person", "people", "people")
    {
        InDocument = d => d.People,
        WithEntries = (d, entries) => d with { People = entries },
        Table = db => db.People,
        Include = q => q.Include(p => p.Sources),
        Canonical = e => e with { Sources = Sorted(e.Sources) },
        Citations = Cited.As<Person>(p => new("", "", p.Name, null)),
    };

    public static readonly DataSetKind<Talk, TalkEntry> Talks = new("talks", "talk", "talks", "talks")
    {
        InDocument = d => d.Talks,
        WithEntries = (d, entries) => d with { Talks = entries },
        Table = db => db.Talks,
        Include = q => q.Include(t => t.Participants).Include(t => t.Sources).AsSplitQuery(),
        Link = (e, x, r) => r.Link(x.Participants, e.Participants, People),
        Canonical = e => e with { Participants = Sorted(e.Participants), Sources = Sorted(e.Sources) },
        Citations = Cited.As<Talk>(t => new("", "", t.Title, t.FirstDay)),
    };

    public static readonly DataSetKind<TariffLayer, TariffLayerEntry> TariffLayers = new("tariffLayers", "tariff layer", "tariff layers", "tariffLayers")
    {
        InDocument = d => d.TariffLayers,
        WithEntries = (d, entries) => d with { TariffLayers = entries },
        Table = db => db.TariffLayers,
        Include = q => q.Include(l => l.Sources).Include(l => l.Changes).ThenInclude(c => c.Sources).AsSplitQuery(),
        Complete = (x, e) => e with
        {
            Changes = [.. x.Changes.OrderBy(c => c.EffectiveAt).ThenBy(c => c.Key, StringComparer.Ordinal).Select(TariffChanges!.ToEntry)],
        },
        Canonical = e => e with { Sources = Sorted(e.Sources), Changes = [.. e.Changes.Select(TariffChanges!.Canonical)] },
        Citations = Cited.As<TariffLayer>(l => new("", "", l.Name, null)),
    };

    public static readonly DataSetKind<TariffChange, TariffChangeEntry> TariffChanges = new("tariffChanges", "tariff change", "tariff changes", "changes", TariffLayers)
    {
        InParentEntry = l => ((TariffLayerEntry)l).Changes,
        InParent = l => ((TariffLayer)l).Changes,
        ParentKey = c => c.Layer.Key,
        Table = db => db.TariffChanges,
        Link = (e, x, r) =>
        {
            x.Layer = r.Parent(TariffLayers);
            x.EffectiveAt = e.EffectiveAt ?? DataSetRules.DefaultEffectiveAt(e.EffectiveOn);
        },
        Complete = (x, e) => e with { EffectiveAt = WhenNotDefault(x.EffectiveAt, DataSetRules.DefaultEffectiveAt(x.EffectiveOn)) },
        Canonical = e => e with { EffectiveAt = WhenNotDefault(e.EffectiveAt, DataSetRules.DefaultEffectiveAt(e.EffectiveOn)), Sources = Sorted(e.Sources) },
        Citations = Cited.As<TariffChange>(c => new("", "", c.Layer.Name, c.EffectiveOn, Rate: c.Rate), q => q.Include(c => c.Layer)),
    };

    public static readonly DataSetKind<Measure, MeasureEntry> Measures = new("measures", "measure", "measures", "measures")
    {
        InDocument = d => d.Measures,
        WithEntries = (d, entries) => d with { Measures = entries },
        Table = db => db.Measures,
        Include = q => q.Include(m => m.Sources).Include(m => m.Changes).ThenInclude(c => c.Sources).AsSplitQuery(),
        Complete = (x, e) => e with
        {
            Changes = [.. x.Changes.OrderBy(c => c.At).ThenBy(c => c.Key, StringComparer.Ordinal).Select(MeasureChanges!.ToEntry)],
        },
        Canonical = e => e with { Sources = Sorted(e.Sources), Changes = [.. e.Changes.Select(MeasureChanges!.Canonical)] },
    };

    public static readonly DataSetKind<MeasureChange, MeasureChangeEntry> MeasureChanges = new("measureChanges", "measure change", "measure changes", "changes", Measures)
    {
        InParentEntry = m => ((MeasureEntry)m).Changes,
        InParent = m => ((Measure)m).Changes,
        ParentKey = c => c.Measure.Key,
        Table = db => db.MeasureChanges,
        Link = (e, x, r) =>
        {
            x.Measure = r.Parent(Measures);
            x.At = e.At ?? DataSetRules.DefaultEffectiveAt(e.On);
        },
        Complete = (x, e) => e with { At = WhenNotDefault(x.At, DataSetRules.DefaultEffectiveAt(x.On)) },
        Canonical = e => e with { At = WhenNotDefault(e.At, DataSetRules.DefaultEffectiveAt(e.On)), Sources = Sorted(e.Sources) },
    };

    public static readonly DataSetKind<TruceWindow, TruceWindowEntry> TruceWindows = new("truceWindows", "truce window", "truce windows", "truceWindows")
    {
        InDocument = d => d.TruceWindows,
        WithEntries = (d, entries) => d with { TruceWindows = entries },
        Table = db => db.TruceWindows,
        Include = q => q.Include(w => w.Sources).Include(w => w.Extensions).ThenInclude(e => e.Sources)
            .Include(w => w.Items).ThenInclude(i => i.Sources).Include(w => w.Items).ThenInclude(i => i.Layer)
            .Include(w => w.Items).ThenInclude(i => i.Measure).Include(w => w.Items).ThenInclude(i => i.Extension)
            .AsSplitQuery(),
        Complete = (x, e) => e with
        {
            Extensions = [.. x.Extensions.OrderBy(t => t.SignedAt).ThenBy(t => t.NewDeadline).ThenBy(t => t.Key, StringComparer.Ordinal).Select(TruceExtensions!.ToEntry)],
            Items = [.. x.Items.OrderBy(i => i.Id).Select(TruceItems!.ToEntry)],
        },
        Canonical = e => e with
        {
            Sources = Sorted(e.Sources), Extensions = [.. e.Extensions.Select(TruceExtensions!.Canonical)], Items = [.. e.Items.Select(TruceItems!.Canonical)],
        },
        Citations = Cited.As<TruceWindow>(w => new("", "", w.Name, w.AnnouncedOn)),
    };

    public static readonly DataSetKind<TruceExtension, TruceExtensionEntry> TruceExtensions = new("truceExtensions", "truce extension", "truce extensions", "extensions", TruceWindows)
    {
        InParentEntry = w => ((TruceWindowEntry)w).Extensions,
        InParent = w => ((TruceWindow)w).Extensions,
        ParentKey = t => t.TruceWindow.Key,
        Table = db => db.TruceExtensions,
        Link = (e, x, r) =>
        {
            x.TruceWindow = r.Parent(TruceWindows);
            x.SignedAt = e.SignedAt ?? DataSetRules.DefaultSignedAt(e.SignedOn);
        },
        Complete = (x, e) => e with { SignedAt = WhenNotDefault(x.SignedAt, DataSetRules.DefaultSignedAt(x.SignedOn)) },
        Canonical = e => e with { SignedAt = WhenNotDefault(e.SignedAt, DataSetRules.DefaultSignedAt(e.SignedOn)), Sources = Sorted(e.Sources) },
        Citations = Cited.As<TruceExtension>(t => new("", "", t.Name, t.SignedOn)),
    };

    public static readonly DataSetKind<TruceItem, TruceItemEntry> TruceItems = new("truceItems", "suspended item", "suspended items", "items", TruceWindows)
    {
        InParentEntry = w => ((TruceWindowEntry)w).Items,
        InParent = w => ((TruceWindow)w).Items,
        ParentKey = i => i.TruceWindow.Key,
        Table = db => db.TruceItems,
        Link = (e, x, r) =>
        {
            x.TruceWindow = r.Parent(TruceWindows);
            x.Layer = r.Find(TariffLayers, e.Layer);
            x.Measure = r.Find(Measures, e.Measure);
            x.Extension = r.Find(TruceExtensions, e.Extension);
        },
        Canonical = e => e with { Sources = Sorted(e.Sources) },
    };

    public static readonly DataSetKind<Commitment, CommitmentEntry> Commitments = new("commitments", "commitment", "commitments", "commitments")
    {
        InDocument = d => d.Commitments,
        WithEntries = (d, entries) => d with { Commitments = entries },
        Table = db => db.Commitments,
        Include = q => q.Include(c => c.Talk).Include(c => c.Sources).Include(c => c.Progress).ThenInclude(p => p.Sources).AsSplitQuery(),
        Link = (e, x, r) => x.Talk = r.Find(Talks, e.Talk),
        Complete = (x, e) => e with
        {
            Progress = [.. x.Progress.OrderBy(p => p.On).ThenBy(p => p.Key, StringComparer.Ordinal).Select(CommitmentProgress!.ToEntry)],
        },
        Canonical = e => e with { Sources = Sorted(e.Sources), Progress = [.. e.Progress.Select(CommitmentProgress!.Canonical)] },
    };

    public static readonly DataSetKind<CommitmentProgress, CommitmentProgressEntry> CommitmentProgress = new("commitmentProgress", "progress report", "progress reports", "progress", Commitments)
    {
        InParentEntry = c => ((CommitmentEntry)c).Progress,
        InParent = c => ((Commitment)c).Progress,
        ParentKey = p => p.Commitment.Key,
        Table = db => db.CommitmentProgress,
        Link = (_, x, r) => x.Commitment = r.Parent(Commitments),
        Canonical = e => e with { Sources = Sorted(e.Sources) },
    };

    public static readonly DataSetKind<IndicatorRelease, IndicatorReleaseEntry> IndicatorReleases = new("indicatorReleases", "indicator release", "indicator releases", "indicatorReleases")
    {
        InDocument = d => d.IndicatorReleases,
        WithEntries = (d, entries) => d with { IndicatorReleases = entries },
        Table = db => db.IndicatorReleases,
        Include = q => q.Include(i => i.Sources),
        Canonical = e => e with { Sources = Sorted(e.Sources) },
        Citations = Cited.As<IndicatorRelease>(i => new("", "", i.Indicator, i.ReleasedOn ?? i.PeriodStart, Detail: i.Period)),
    };

    public static readonly DataSetKind<Statement, StatementEntry> Statements = new("statements", "statement", "statements", "statements")
    {
        InDocument = d => d.Statements,
        WithEntries = (d, entries) => d with { Statements = entries },
        Table = db => db.Statements,
        Include = q => q.Include(s => s.Person).Include(s => s.Sources),
        // A statement shows its speaker's name: the person's when a person spoke, so the entry names the person only.
        Link = (e, x, r) =>
        {
            x.Person = r.Find(People, e.Person);
            x.Speaker = x.Person?.Name ?? e.Speaker!;
        },
        Complete = (x, e) => e with { Speaker = x.Person is null ? x.Speaker : null },
        Canonical = e => e with { Sources = Sorted(e.Sources) },
        Citations = Cited.As<Statement>(s => new("", "", s.Words, s.SaidOn, Detail: s.Speaker)),
    };

    public static readonly DataSetKind<Claim, ClaimEntry> Claims = new("claims", "claim", "claims", "claims")
    {
        InDocument = d => d.Claims,
        WithEntries = (d, entries) => d with { Claims = entries },
        Table = db => db.Claims,
        Include = q => q.Include(c => c.Person).Include(c => c.Sources),
        Link = (e, x, r) => x.Person = r.Find(People, e.Person),
        Canonical = e => e with { Sources = Sorted(e.Sources) },
        Citations = Cited.As<Claim>(c => new("", "", c.Summary, c.ReportedOn)),
    };

    public static readonly DataSetKind<Development, DevelopmentEntry> Developments = new("developments", "development", "developments", "developments")
    {
        InDocument = d => d.Developments,
        WithEntries = (d, entries) => d with { Developments = entries },
        Table = db => db.Developments,
        Include = q => q.Include(d => d.Sources),
        Canonical = e => e with { Sources = Sorted(e.Sources) },
        Citations = Cited.As<Development>(d => new("", "", d.Title, d.On)),
    };

    /// <summary>Every kind, parents before their children: the order records are read, matched and written in.</summary>
    public static IReadOnlyList<DataSetKind> All { get; } =
    [
        Sources, People, Talks, TariffLayers, TariffChanges, Measures, MeasureChanges, TruceWindows, TruceExtensions, TruceItems,
        Commitments, CommitmentProgress, IndicatorReleases, Statements, Claims, Developments,
    ];

    /// <summary>The kinds at the data set's top level, in its order.</summary>
    public static IReadOnlyList<DataSetKind> TopLevel { get; } = [.. All.Where(k => k.IsTopLevel)];

    public static DataSetKind? Find(string? name) => All.FirstOrDefault(k => k.Name == name);

    /// <summary>An instant that equals its default is left out, so two entries that mean the same are written alike.</summary>
    private static DateTimeOffset? WhenNotDefault(DateTimeOffset? instant, DateTimeOffset byDefault) => instant == byDefault ? null : instant;
}
