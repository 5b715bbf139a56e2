using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;
using TradeTalks.Time;

namespace TradeTalks.Tariffs;

/// <summary>Loads the tariff layers from the store and builds their timeline.</summary>
/// <param name="namedGoods">Remembers the named-goods counts between writes; a new, empty one works them out again.</param>
public sealed class TariffService(IDbContextFactory<TradeTalksDbContext> contextFactory, NamedGoodsMemo namedGoods)
{
    /// <summary>The live store's memo, or that of the past version the request is served from.</summary>
    private NamedGoodsMemo NamedGoods => Published.PublishedStore.Current?.NamedGoods ?? namedGoods;

    /// <summary>
    /// The timeline as it was known at <paramref name="asOf"/>: the changes in effect by then, and those announced by
    /// then that take effect later (scheduled steps). A change neither in effect nor announced is left out.
    /// </summary>
    public async Task<TariffTimeline> GetTimelineAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        var everything = await GetTimelineAsync(cancellationToken);
        var layers = everything.Directions.SelectMany(d => d.Layers).ToList();
        KnownBy(asOf, layers);
        return TariffTimeline.From(layers.Where(l => l.Changes.Count > 0), asOf.Instant);
    }

    /// <summary>
    /// One layer by its key as it was known at <paramref name="asOf"/> (as <see cref="GetTimelineAsync(AsOf, CancellationToken)"/>
    /// gives it), with its rate then (0 when not in force); null when none of its changes was known. Only that layer is read.
    /// </summary>
    public async Task<(TariffLayer Layer, decimal Rate)?> FindLayerAsync(string key, AsOf asOf, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var layer = await db.TariffLayers.AsNoTracking().Where(l => l.Key == key && (l.Imposer == Side.UnitedStates || l.Imposer == Side.China))
            .Include(l => l.Sources)
            .Include(l => l.Changes).ThenInclude(c => c.Sources)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (layer is null)
        {
            return null;
        }

        KnownBy(asOf, [layer]);
        if (layer.Changes.Count == 0)
        {
            return null;
        }

        var inForce = TariffTimeline.From([layer], asOf.Instant).For(layer.Imposer).LayersAt(asOf.Instant).FirstOrDefault();
        return (layer, inForce?.Rate ?? 0);
    }

    /// <summary>Drops the changes neither in effect nor announced by then, and the sources published later.</summary>
    private static void KnownBy(AsOf asOf, List<TariffLayer> layers)
    {
        foreach (var layer in layers)
        {
            layer.Changes.RemoveAll(c => c.EffectiveAt > asOf.Instant && !(c.AnnouncedOn is { } announced && announced <= asOf.Day));
        }

        SourceCut.Apply(asOf, layers);
        SourceCut.Apply(asOf, layers.SelectMany(l => l.Changes));
    }

    /// <summary>
    /// What the rate cards, the layer lists on all goods and the escalation chart need, in one query whatever the number
    /// of layers: every change known by then to a layer on all goods (they make the headline rate), and, grouped in the
    /// database, the duties on named goods in force by authority with when the latest of their changes took effect.
    /// Sources are not loaded: none of these shows them (the change table and the API load their own).
    /// </summary>
    public async Task<TariffHeadline> GetHeadlineAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        var at = asOf.Instant;
        var day = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var acrossTheBoard = db.TariffChanges
            .Where(c => c.Layer.Scope == TariffScope.AcrossTheBoard && (c.EffectiveAt <= at || c.AnnouncedOn <= day))
            .Select(c => new HeadlineRow
            {
                LayerId = c.LayerId, LayerKey = c.Layer.Key, Imposer = c.Layer.Imposer, Target = c.Layer.Target, Authority = c.Layer.Authority,
                LayerName = c.Layer.Name, Products = c.Layer.Products, TradeCovered = c.Layer.TradeCovered, LayerNote = c.Layer.Note,
                ChangeId = c.Id, ChangeKey = c.Key, Rate = c.Rate, LowestRate = c.LowestRate, EndsLayer = c.EndsLayer, ScheduledOnly = c.ScheduledOnly, AnnouncedOn = c.AnnouncedOn,
                EffectiveOn = c.EffectiveOn, EffectiveAt = c.EffectiveAt, Cause = c.Cause, ChangeNote = c.Note, Count = 0,
            });
        // And when the first change of any kind after the instant takes effect.
        var nextOfAny = FirstAfter(db.TariffChanges.Where(c => c.EffectiveAt > at), NextOfAnyRow);
        List<HeadlineRow> rows;
        var writesBefore = NamedGoods.Writes;
        if (NamedGoods.TryGet(at, out var remembered))
        {
            rows = await acrossTheBoard.Concat(nextOfAny).ToListAsync(cancellationToken);
            return new TariffHeadline(TariffTimeline.From(Layers(rows), at), remembered, NextOfAny(rows));
        }

        // Each named-goods layer's latest change by then, counted by side, authority and whether it ended the layer.
        var inForce = db.TariffChanges
            .Where(c => c.Layer.Scope == TariffScope.Sectoral && c.EffectiveAt <= at
                && c.EffectiveAt == db.TariffChanges.Where(p => p.LayerId == c.LayerId && p.EffectiveAt <= at).Max(p => p.EffectiveAt))
            .GroupBy(c => new { c.Layer.Imposer, c.Layer.Authority, c.EndsLayer })
            .Select(g => new HeadlineRow
            {
                LayerId = 0, LayerKey = null, Imposer = g.Key.Imposer, Target = g.Key.Imposer, Authority = g.Key.Authority,
                LayerName = null, Products = null, TradeCovered = null, LayerNote = null,
                // Columns the count does not use still carry a value of their column's type: PostgreSQL types a bare
                // NULL in a UNION as text, which does not match a number or a date.
                ChangeId = 0, ChangeKey = null, Rate = g.Max(c => c.Rate), LowestRate = g.Max(c => c.LowestRate), EndsLayer = g.Key.EndsLayer, ScheduledOnly = false,
                AnnouncedOn = g.Max(c => c.AnnouncedOn),
                EffectiveOn = g.Max(c => c.EffectiveOn), EffectiveAt = g.Max(c => c.EffectiveAt), Cause = null, ChangeNote = null, Count = g.Count(),
            });
        // And when the next named-goods change takes effect: until then the counts hold.
        var next = FirstAfter(db.TariffChanges.Where(c => c.Layer.Scope == TariffScope.Sectoral && c.EffectiveAt > at), NextNamedGoodsRow);
        rows = await acrossTheBoard.Concat(inForce).Concat(next).Concat(nextOfAny).ToListAsync(cancellationToken);

        var named = rows.Where(r => r.Count > 0).GroupBy(r => r.Imposer).ToDictionary(g => g.Key, g => new NamedGoodsDuties(
            g.Where(r => !r.EndsLayer).Sum(r => r.Count),
            // As the layer list reads: the authority of the highest rate first.
            [.. g.Where(r => !r.EndsLayer).OrderByDescending(r => r.Rate).ThenBy(r => r.Authority).Select(r => r.Authority).Distinct()],
            g.Max(r => r.EffectiveAt)));
        NamedGoods.Remember(
            rows.Where(r => r.Count > 0).Select(r => (DateTimeOffset?)r.EffectiveAt).Max(),
            rows.Where(r => r.Count == NextNamedGoodsRow).Select(r => (DateTimeOffset?)r.EffectiveAt).FirstOrDefault(),
            named,
            writesBefore);
        return new TariffHeadline(TariffTimeline.From(Layers(rows), at), named, NextOfAny(rows));
    }

    private static DateTimeOffset? NextOfAny(List<HeadlineRow> rows) =>
        rows.Where(r => r.Count == NextOfAnyRow).Select(r => (DateTimeOffset?)r.EffectiveAt).FirstOrDefault();

    /// <summary>The headline rows (by their count) that say when the next change takes effect: to named goods, to any layer.</summary>
    private const int NextNamedGoodsRow = -1, NextOfAnyRow = -2;

    /// <summary>The first of <paramref name="changes"/> to take effect, as a headline row marked <paramref name="marker"/>.</summary>
    private static IQueryable<HeadlineRow> FirstAfter(IQueryable<TariffChange> changes, int marker) => changes
        .OrderBy(c => c.EffectiveAt).Take(1)
        .Select(c => new HeadlineRow
        {
            LayerId = 0, LayerKey = null, Imposer = c.Layer.Imposer, Target = c.Layer.Imposer, Authority = c.Layer.Authority,
            LayerName = null, Products = null, TradeCovered = null, LayerNote = null,
            ChangeId = 0, ChangeKey = null, Rate = 0, LowestRate = c.LowestRate, EndsLayer = false, ScheduledOnly = false, AnnouncedOn = c.AnnouncedOn,
            EffectiveOn = c.EffectiveOn, EffectiveAt = c.EffectiveAt, Cause = null, ChangeNote = null, Count = EF.Constant(marker),
        });

    /// <summary>The layers on all goods, with their changes, from the headline query's rows.</summary>
    private static List<TariffLayer> Layers(IEnumerable<HeadlineRow> rows) =>
        rows.Where(r => r.Count == 0).GroupBy(r => r.LayerId).Select(g =>
        {
            var first = g.First();
            var layer = new TariffLayer
            {
                Id = first.LayerId, Key = first.LayerKey!, Imposer = first.Imposer, Target = first.Target, Authority = first.Authority,
                Scope = TariffScope.AcrossTheBoard, Name = first.LayerName!, Products = first.Products, TradeCovered = first.TradeCovered, Note = first.LayerNote,
            };
            layer.Changes.AddRange(g.Select(r => new TariffChange
            {
                Id = r.ChangeId, Key = r.ChangeKey!, LayerId = layer.Id, Layer = layer, Rate = r.Rate, LowestRate = r.LowestRate, EndsLayer = r.EndsLayer, ScheduledOnly = r.ScheduledOnly,
                AnnouncedOn = r.AnnouncedOn, EffectiveOn = r.EffectiveOn, EffectiveAt = r.EffectiveAt, Cause = r.Cause!, Note = r.ChangeNote,
            }).OrderBy(c => c.EffectiveAt));
            return layer;
        }).ToList();

    /// <summary>One row of the headline query: a change to a layer on all goods, or (Count &gt; 0) a group of named-goods duties.</summary>
    private sealed class HeadlineRow
    {
        public int LayerId { get; init; }
        public string? LayerKey { get; init; }
        public Side Imposer { get; init; }
        public Side Target { get; init; }
        public TariffAuthority Authority { get; init; }
        public string? LayerName { get; init; }
        public string? Products { get; init; }
        public string? TradeCovered { get; init; }
        public string? LayerNote { get; init; }
        public int ChangeId { get; init; }
        public string? ChangeKey { get; init; }
        public decimal Rate { get; init; }
        public decimal? LowestRate { get; init; }
        public bool EndsLayer { get; init; }
        public bool ScheduledOnly { get; init; }
        public DateOnly? AnnouncedOn { get; init; }
        public DateOnly EffectiveOn { get; init; }
        public DateTimeOffset EffectiveAt { get; init; }
        public string? Cause { get; init; }
        public string? ChangeNote { get; init; }
        public int Count { get; init; }
    }

    /// <summary>
    /// One page of a side's duties on named goods in force at the as-of instant, highest rate first, each with the change
    /// that set its rate. The side's total is <see cref="NamedGoodsDuties.InForce"/> of the headline.
    /// </summary>
    public async Task<IReadOnlyList<LayerRate>> GetNamedGoodsAsync(Side imposer, AsOf asOf, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var at = asOf.Instant;
        page = Math.Max(1, page);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // The page's layers, grouped by authority as the page shows them, as the ids of the changes that set their rates
        // (an index on scope, side, authority and name lets the database stop at the page, but it steps over every ended
        // layer before it, so the page is remembered with the counts); then those changes with their layers and sources.
        var writesBefore = NamedGoods.Writes;
        if (NamedGoods.TryGetPage(at, imposer, page, pageSize, out var remembered))
        {
            return await LoadNamedGoodsAsync(db, asOf, remembered, cancellationToken);
        }

        var setBy = await db.TariffLayers
            .Where(l => l.Scope == TariffScope.Sectoral && l.Imposer == imposer)
            .Where(l => l.Changes.Where(c => c.EffectiveAt <= at).OrderByDescending(c => c.EffectiveAt).Select(c => (bool?)c.EndsLayer).FirstOrDefault() == false)
            .OrderBy(l => l.Authority).ThenBy(l => l.Name).ThenBy(l => l.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(l => l.Changes.Where(c => c.EffectiveAt <= at).OrderByDescending(c => c.EffectiveAt).Select(c => c.Id).FirstOrDefault())
            .ToListAsync(cancellationToken);
        NamedGoods.RememberPage(at, imposer, page, pageSize, setBy, writesBefore);
        return await LoadNamedGoodsAsync(db, asOf, setBy, cancellationToken);
    }

    private static async Task<IReadOnlyList<LayerRate>> LoadNamedGoodsAsync(TradeTalksDbContext db, AsOf asOf, IReadOnlyList<int> setBy, CancellationToken cancellationToken)
    {
        var changes = await LoadChangesAsync(db, setBy, cancellationToken);
        SourceCut.Apply(asOf, changes.Select(c => c.Layer));
        SourceCut.Apply(asOf, changes);
        return [.. changes.OrderBy(c => c.Layer.Authority.ToString(), StringComparer.Ordinal).ThenBy(c => c.Layer.Name, StringComparer.Ordinal).ThenBy(c => c.Layer.Id)
            .Select(c => new LayerRate(c.Layer, c.Rate, c))];
    }

    /// <summary>
    /// One page of the changes in effect at the as-of instant, oldest first (as <see cref="TariffTimeline.ChangesInEffect"/>
    /// orders them), each with its layer's rate before it; and how many there are in all.
    /// </summary>
    public async Task<(IReadOnlyList<LayerChange> Changes, int Total)> GetChangesInEffectAsync(AsOf asOf, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var at = asOf.Instant;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var inEffect = db.TariffChanges.Where(c => c.EffectiveAt <= at);
        var total = await inEffect.CountAsync(cancellationToken);
        // The page as ids with the rate each change's layer had before it; then those changes with layers and sources.
        var rows = await inEffect
            .OrderBy(c => c.EffectiveAt).ThenBy(c => c.Layer.Imposer).ThenBy(c => c.Layer.Name).ThenBy(c => c.Id)
            .Skip((Math.Max(1, page) - 1) * pageSize).Take(pageSize)
            .Select(c => new
            {
                c.Id,
                Previous = db.TariffChanges.Where(p => p.LayerId == c.LayerId && p.EffectiveAt < c.EffectiveAt)
                    .OrderByDescending(p => p.EffectiveAt).Select(p => (decimal?)p.Rate).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var byId = (await LoadChangesAsync(db, [.. rows.Select(r => r.Id)], cancellationToken)).ToDictionary(c => c.Id);
        var changes = rows.Select(r => byId[r.Id]).ToList();
        SourceCut.Apply(asOf, changes.Select(c => c.Layer).Distinct());
        SourceCut.Apply(asOf, changes);
        return ([.. rows.Select(r => new LayerChange(byId[r.Id], r.Previous ?? 0m, byId[r.Id].Rate) { IsFirstOnRecord = r.Previous is null })], total);
    }

    /// <summary>
    /// Changes by id, with their layers and both their sources. In three queries, each reading the link tables from their
    /// keys for just these changes and layers: as one query, the two lists of sources multiply each other's rows and
    /// SQLite scans one of them again for every change, several times slower (docs/performance.md). The ids go as
    /// one parameter, so the SQL is the same whatever their number and EF Core does not write it again for each page.
    /// </summary>
    private static async Task<List<TariffChange>> LoadChangesAsync(TradeTalksDbContext db, IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        await db.TariffChanges.Where(c => EF.Parameter(ids).Contains(c.Id))
            .AsNoTracking()
            .Include(c => c.Sources)
            .Include(c => c.Layer).ThenInclude(l => l.Sources)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

    /// <summary>Every layer and change on record, whenever it was known.</summary>
    public async Task<TariffTimeline> GetTimelineAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var layers = await db.TariffLayers
            .AsNoTracking()
            .Include(l => l.Sources)
            .Include(l => l.Changes).ThenInclude(c => c.Sources)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return TariffTimeline.From(layers);
    }
}
