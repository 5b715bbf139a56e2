using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;
using TradeTalks.Time;

namespace TradeTalks.Products;

/// <summary>
/// What the product pages, the API and the CSV ask of the product data (issue 26), in one place so that they agree: a
/// line by its code, a search, the stack on a day and the steps between two days, as the store's records were known at
/// the as-of instant. The lines come from the <see cref="ProductCatalogue"/> (null answers with
/// <see cref="ProductLookupState.NotReady"/> while it loads); the programmes, their layers, changes and sources from the store,
/// read on each call (a few dozen rows), so that a correction shows on the next request.
/// </summary>
public sealed class ProductService(IDbContextFactory<TradeTalksDbContext> contextFactory, ProductCatalogue catalogue)
{
    /// <summary>The first day a product's chart and series start from.</summary>
    public static readonly DateOnly SeriesStart = AsOf.Earliest;

    /// <summary>The most days one series may span (the API's and the CSV's): a little over two years.</summary>
    public const int MaxSeriesDays = 800;

    public ProductCatalogueState State => catalogue.State;

    /// <summary>Why the product data could not be read, when it could not.</summary>
    public string? Problem => catalogue.Problem;

    /// <summary>The last revision of the schedule on record, once the data is read.</summary>
    public ScheduleRevision? LastRevision => catalogue.Index?.Data.LastRevision;

    /// <summary>Lines whose code starts with the query's digits (dots and spaces ignored), or whose description holds its words.</summary>
    public Paged<ProductLine>? Search(string? query, int page, int pageSize) => catalogue.Index?.Search(query, page, pageSize);

    /// <summary>A line by its ten digits (dots allowed); null when the data is not read yet or there is no such line.</summary>
    public ProductLine? Find(string code) => catalogue.Index?.Find(code);

    /// <summary>How many lines each programme's listings name on the day; null while the data is not read.</summary>
    public IReadOnlyDictionary<string, int>? CountListedOn(DateOnly day) => catalogue.Index?.CountListedOn(day);

    /// <summary>A search among the lines a programme's listings name on the day; null while the data is not read.</summary>
    public Paged<ProductLine>? SearchListed(string? query, string programme, DateOnly day, int page, int pageSize) =>
        catalogue.Index?.SearchListed(query, programme, day, page, pageSize);

    /// <summary>Every product programme with the tariff layer it charges and its sources published by the as-of instant.</summary>
    public async Task<IReadOnlyList<ProductProgramme>> ProgrammesAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var programmes = await db.ProductProgrammes.AsNoTracking()
            .Include(p => p.Sources)
            .Include(p => p.Layer)
            .AsSplitQuery()
            .OrderBy(p => p.Key)
            .ToListAsync(cancellationToken);
        SourceCut.Apply(asOf, programmes);
        return programmes;
    }

    /// <summary>
    /// For each tariff layer (by key), the programmes charging its rate whose listings name lines on the as-of day, with
    /// how many, in the programmes' order; empty, without asking the store, while the data is not read.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ListedCount>>> ListedByLayerAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        if (CountListedOn(asOf.Day) is not { Count: > 0 } counts)
        {
            return new Dictionary<string, IReadOnlyList<ListedCount>>();
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var programmes = await db.ProductProgrammes.AsNoTracking()
            .Where(p => p.Layer != null && p.Effect == ProgrammeEffect.ChargesLayer)
            .OrderBy(p => p.Key)
            .Select(p => new { p.Key, p.Name, Layer = p.Layer!.Key })
            .ToListAsync(cancellationToken);
        return programmes.Where(p => counts.ContainsKey(p.Key))
            .GroupBy(p => p.Layer, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ListedCount>)[.. g.Select(p => new ListedCount(p.Key, p.Name, counts[p.Key]))], StringComparer.Ordinal);
    }

    /// <summary>
    /// The line's duties on the as-of day, layer by layer, with the records as they were known at the as-of instant;
    /// <see cref="ProductLookupState.NotReady"/> while the data loads, <see cref="ProductLookupState.NotFound"/> for no such line.
    /// </summary>
    public async Task<ProductLookup<ProductStack>> StackAsync(string code, AsOf asOf, CancellationToken cancellationToken = default)
    {
        if (Lookup(code) is not { } line)
        {
            return Missing<ProductStack>();
        }

        var stacking = await StackingAsync(asOf, cancellationToken);
        return new(ProductLookupState.Found, stacking.On(line, asOf.Day));
    }

    /// <summary>
    /// The steps of the line's duties from <paramref name="from"/> to <paramref name="until"/> (both included, at most
    /// <see cref="MaxSeriesDays"/> days apart), each with what moved it, as the records were known at the as-of instant.
    /// </summary>
    public async Task<ProductLookup<ProductSeries>> SeriesAsync(string code, DateOnly from, DateOnly until, AsOf asOf, CancellationToken cancellationToken = default)
    {
        if (until < from || until.DayNumber - from.DayNumber + 1 > MaxSeriesDays)
        {
            throw new ArgumentOutOfRangeException(nameof(until), $"A series spans 1 to {MaxSeriesDays} days.");
        }

        if (Lookup(code) is not { } line)
        {
            return Missing<ProductSeries>();
        }

        var stacking = await StackingAsync(asOf, cancellationToken);
        var steps = stacking.Steps(line, from, until);
        var moved = new List<ProductStep>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            moved.Add(new(steps[i], i == 0 ? [] : MovedBy(steps[i - 1], steps[i])));
        }

        return new(ProductLookupState.Found, new(line, from, until, moved));
    }

    /// <summary>
    /// The records that moved a step: the tariff changes that took effect on its day to a layer it charges or charged
    /// the day before (a new rate, or the end of a layer such as the IEEPA duties), and, where the general rate moved,
    /// the revision of the schedule that carried it.
    /// </summary>
    public static IReadOnlyList<StepCause> MovedBy(StackStep before, StackStep step)
    {
        var causes = new List<StepCause>();
        var day = step.From;
        // Only layers charged on either side of the step: a change to a duty the line does not pay (Section 122 on a car
        // that pays Section 232, the reciprocal duty on an exempt phone) did not move it.
        var layers = step.Stack.Charged.Concat(before.Stack.Charged).Select(l => l.Programme?.Layer).OfType<Tariffs.TariffLayer>().DistinctBy(l => l.Id);
        foreach (var change in layers.SelectMany(l => l.Changes).Where(c => c.EffectiveOn == day).OrderBy(c => c.EffectiveAt))
        {
            causes.Add(new(change.Layer?.Name ?? change.Key, change, null, null));
        }

        var general = step.Stack.Layers.FirstOrDefault(l => l.Part == DutyPart.GeneralRate);
        var generalBefore = before.Stack.Layers.FirstOrDefault(l => l.Part == DutyPart.GeneralRate);
        if (general?.RateText != generalBefore?.RateText && general is not null)
        {
            causes.Add(new("General (MFN) rate", null, general.RateText, null));
        }

        // A listing that began or ended on the day (an exemption, an exclusion, a new list) moved it where no change did.
        var changed = causes.Where(c => c.Change is not null).Select(c => c.Change!.LayerId).ToHashSet();
        foreach (var layer in step.Stack.Layers.Where(l => l.Programme is not null && l.Days.From == day)
            .Concat(before.Stack.Layers.Where(l => l.Programme is not null && l.Days.Until == day))
            .DistinctBy(l => l.Id)
            .Where(l => l.Programme!.LayerId is not { } id || !changed.Contains(id)))
        {
            causes.Add(new(layer.Name, null, null, layer.Programme));
        }

        if (step.Stack.OutOfSchedule != before.Stack.OutOfSchedule)
        {
            causes.Add(new(step.Stack.OutOfSchedule ?? "The line enters the schedule", null, null, null));
        }

        return causes;
    }

    /// <summary>Every programme with its layer's changes known by the as-of instant and the sources published by then.</summary>
    public async Task<ProductStacking> StackingAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var programmes = await db.ProductProgrammes.AsNoTracking()
            .Include(p => p.Sources)
            .Include(p => p.Layer!).ThenInclude(l => l.Changes).ThenInclude(c => c.Sources)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var layers = programmes.Select(p => p.Layer).OfType<Tariffs.TariffLayer>().DistinctBy(l => l.Id).ToList();
        foreach (var layer in layers)
        {
            layer.Changes.RemoveAll(c => c.EffectiveAt > asOf.Instant && !(c.AnnouncedOn is { } announced && announced <= asOf.Day));
            foreach (var change in layer.Changes)
            {
                change.Layer = layer;
            }
        }

        SourceCut.Apply(asOf, programmes);
        SourceCut.Apply(asOf, layers.SelectMany(l => l.Changes));
        return new ProductStacking(programmes, LastRevision);
    }

    private ProductLine? Lookup(string code) => catalogue.Index?.Find(code);

    private ProductLookup<T> Missing<T>() where T : class =>
        new(catalogue.State == ProductCatalogueState.Ready ? ProductLookupState.NotFound : catalogue.State == ProductCatalogueState.Loading
            ? ProductLookupState.NotReady : ProductLookupState.Failed, null);

    /// <summary>"6109.10.00.12" for "6109100012": the schedule's dotted form.</summary>
    public static string Dotted(string hts10) => hts10.Length == 10
        ? string.Create(CultureInfo.InvariantCulture, $"{hts10[..4]}.{hts10[4..6]}.{hts10[6..8]}.{hts10[8..]}")
        : hts10;
}

public enum ProductLookupState
{
    Found,

    /// <summary>The data is read and holds no such line.</summary>
    NotFound,

    /// <summary>The data is still being read after the start: ask again in a few seconds.</summary>
    NotReady,

    /// <summary>The data could not be read; <see cref="ProductService.Problem"/> says why.</summary>
    Failed,
}

/// <summary>An answer about one line: <see cref="Value"/> is set when <see cref="State"/> is <see cref="ProductLookupState.Found"/>.</summary>
public sealed record ProductLookup<T>(ProductLookupState State, T? Value) where T : class;

/// <summary>How many lines a programme's listings name on a day.</summary>
public sealed record ListedCount(string Programme, string Name, int Lines);

/// <summary>A line's steps between two days.</summary>
public sealed record ProductSeries(ProductLine Line, DateOnly From, DateOnly Until, IReadOnlyList<ProductStep> Steps);

/// <summary>One step and the records that moved it (none for the first).</summary>
public sealed record ProductStep(StackStep Step, IReadOnlyList<StepCause> MovedBy);

/// <summary>
/// What moved a step: a tariff change (<see cref="Change"/>, with its layer), a new general rate (<see cref="GeneralRate"/>,
/// as the schedule words it), a programme's listing that began or ended (<see cref="Programme"/>), or, with none of them,
/// the line entering or leaving the schedule (<see cref="What"/> says so).
/// </summary>
public sealed record StepCause(string What, Tariffs.TariffChange? Change, string? GeneralRate, ProductProgramme? Programme);
