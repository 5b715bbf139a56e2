using Microsoft.EntityFrameworkCore;

namespace TradeTalks.DataSets;

/// <summary>
/// Every kind of record, in the data set's order with each child kind after its parent: the one list that the reader,
/// the rules, the store's reads and writes, export, the history, the sources page, the command line, the API and the
/// editor go through. Fields a record and its entry share are mapped by name; each kind says here only what differs.
/// docs/adding-a-kind.md says what else a new kind needs.
/// </summary>
public static class Kinds
{
    // A child kind names its parent, declared before it, and the order its records are listed in (then by key); the
    // parent's entry lists them so (DataSetKind.Children).

    public static readonly DataSetKind<Source, SourceEntry> Sources = new("sources", "source", "sources", "sources");

    public static readonly DataSetKind<Person, PersonEntry> People = new("people", "person", "people", "people")
    {
        Citations = Cited.As<Person>(p => new("", "", p.Name, null)),
    };

    public static readonly DataSetKind<Talk, TalkEntry> Talks = new("talks", "talk", "talks", "talks")
    {
        Link = (e, x, r) => r.Link(x.Participants, e.Participants, People),
        Citations = Cited.As<Talk>(t => new("", "", t.Title, t.FirstDay)),
    };

    public static readonly DataSetKind<TariffLayer, TariffLayerEntry> TariffLayers = new("tariffLayers", "tariff layer", "tariff layers", "tariffLayers")
    {
        Citations = Cited.As<TariffLayer>(l => new("", "", l.Name, null)),
    };

    public static readonly DataSetKind<TariffChange, TariffChangeEntry> TariffChanges = new("tariffChanges", "tariff change", "tariff changes", "changes")
    {
        Within = TariffLayers.Holds(l => l.Changes, l => l.Changes, c => c.Layer, changes => changes.OrderBy(c => c.EffectiveAt)),
        Citations = Cited.As<TariffChange>(c => new("", "", c.Layer.Name, c.EffectiveOn, Rate: c.Rate), q => q.Include(c => c.Layer)),
    };

    public static readonly DataSetKind<Measure, MeasureEntry> Measures = new("measures", "measure", "measures", "measures")
    {
        Citations = Cited.As<Measure>(m => new("", "", m.Title, null)),
    };

    public static readonly DataSetKind<MeasureChange, MeasureChangeEntry> MeasureChanges = new("measureChanges", "measure change", "measure changes", "changes")
    {
        Within = Measures.Holds(m => m.Changes, m => m.Changes, c => c.Measure, changes => changes.OrderBy(c => c.At)),
        Citations = Cited.As<MeasureChange>(c => new("", "", c.Measure.Title, c.On, Detail: c.Summary), q => q.Include(c => c.Measure)),
    };

    public static readonly DataSetKind<TruceWindow, TruceWindowEntry> TruceWindows = new("truceWindows", "truce window", "truce windows", "truceWindows")
    {
        Citations = Cited.As<TruceWindow>(w => new("", "", w.Name, w.AnnouncedOn)),
    };

    public static readonly DataSetKind<TruceExtension, TruceExtensionEntry> TruceExtensions = new("truceExtensions", "truce extension", "truce extensions", "extensions")
    {
        Within = TruceWindows.Holds(w => w.Extensions, w => w.Extensions, t => t.TruceWindow, extensions => extensions.OrderBy(t => t.SignedAt).ThenBy(t => t.NewDeadline)),
        Citations = Cited.As<TruceExtension>(t => new("", "", t.Name, t.SignedOn)),
    };

    public static readonly DataSetKind<TruceItem, TruceItemEntry> TruceItems = new("truceItems", "suspended item", "suspended items", "items")
    {
        Within = TruceWindows.Holds(w => w.Items, w => w.Items, i => i.TruceWindow, items => items.OrderBy(i => i.Id)),
        // An item's side must be the side of the layer or measure it suspends.
        CheckedWith = [(TariffLayers, i => i.Layer!.Key), (Measures, i => i.Measure!.Key)],
        Link = (e, x, r) =>
        {
            x.Layer = r.Find(TariffLayers, e.Layer);
            x.Measure = r.Find(Measures, e.Measure);
            x.Extension = r.Find(TruceExtensions, e.Extension);
        },
        Citations = Cited.As<TruceItem>(i => new("", "", i.Summary, i.TruceWindow.AnnouncedOn, Detail: i.TruceWindow.Name), q => q.Include(i => i.TruceWindow)),
    };

    public static readonly DataSetKind<Commitment, CommitmentEntry> Commitments = new("commitments", "commitment", "commitments", "commitments")
    {
        Link = (e, x, r) => x.Talk = r.Find(Talks, e.Talk),
        Citations = Cited.As<Commitment>(c => new("", "", c.Title, c.MadeOn)),
    };

    public static readonly DataSetKind<CommitmentProgress, CommitmentProgressEntry> CommitmentProgress = new("commitmentProgress", "progress report", "progress reports", "progress")
    {
        Within = Commitments.Holds(c => c.Progress, c => c.Progress, p => p.Commitment, reports => reports.OrderBy(p => p.On)),
        Citations = Cited.As<CommitmentProgress>(p => new("", "", p.Commitment.Title, p.On, Detail: p.Summary), q => q.Include(p => p.Commitment)),
    };

    public static readonly DataSetKind<IndicatorRelease, IndicatorReleaseEntry> IndicatorReleases = new("indicatorReleases", "indicator release", "indicator releases", "indicatorReleases")
    {
        Citations = Cited.As<IndicatorRelease>(i => new("", "", i.Indicator, i.ReleasedOn ?? i.PeriodStart, Detail: i.Period)),
    };

    public static readonly DataSetKind<Statement, StatementEntry> Statements = new("statements", "statement", "statements", "statements")
    {
        // A statement shows its speaker's name: the person's when a person spoke, so the entry names the person only.
        Link = (e, x, r) =>
        {
            x.Person = r.Find(People, e.Person);
            x.Speaker = x.Person?.Name ?? e.Speaker!;
        },
        Complete = (x, e) => e with { Speaker = x.Person is null ? x.Speaker : null },
        CheckedWith = [(People, s => s.Person!.Key)],
        Citations = Cited.As<Statement>(s => new("", "", s.Words, s.SaidOn, Detail: s.Speaker)),
    };

    public static readonly DataSetKind<Claim, ClaimEntry> Claims = new("claims", "claim", "claims", "claims")
    {
        Link = (e, x, r) => x.Person = r.Find(People, e.Person),
        Citations = Cited.As<Claim>(c => new("", "", c.Summary, c.ReportedOn)),
    };

    public static readonly DataSetKind<Development, DevelopmentEntry> Developments = new("developments", "development", "developments", "developments")
    {
        Citations = Cited.As<Development>(d => new("", "", d.Title, d.On)),
    };

    public static readonly DataSetKind<ProductProgramme, ProductProgrammeEntry> ProductProgrammes = new("productProgrammes", "product programme", "product programmes", "productProgrammes")
    {
        Link = (e, x, r) => x.Layer = r.Find(TariffLayers, e.Layer),
        Citations = Cited.As<ProductProgramme>(p => new("", "", p.Name, null)),
    };

    /// <summary>Every kind, parents before their children: the order records are read, matched and written in.</summary>
    public static IReadOnlyList<DataSetKind> All { get; } =
    [
        Sources, People, Talks, TariffLayers, TariffChanges, Measures, MeasureChanges, TruceWindows, TruceExtensions, TruceItems,
        Commitments, CommitmentProgress, IndicatorReleases, Statements, Claims, Developments,
        ProductProgrammes,
    ];

    /// <summary>The kinds at the data set's top level, in its order.</summary>
    public static IReadOnlyList<DataSetKind> TopLevel { get; } = [.. All.Where(k => k.IsTopLevel)];

    private static readonly Dictionary<Type, DataSetKind> ByEntry = All.ToDictionary(k => k.EntryType);

    public static DataSetKind? Find(string? name) => All.FirstOrDefault(k => k.Name == name);

    /// <summary>Children in canonical form, by their own kind (<see cref="DataSetKind{TEntity,TEntry}.Canonical"/>).</summary>
    internal static IReadOnlyList<TEntry> Canonical<TEntry>(IReadOnlyList<TEntry> entries) where TEntry : class, IEntry =>
        [.. entries.Select(e => (TEntry)ByEntry[typeof(TEntry)].CanonicalEntry(e))];
}
