using TradeTalks.Time;
namespace TradeTalks.Tariffs;

/// <summary>
/// The tariffs one side charges the other. The headline rate is the sum of the across-the-board layers in force;
/// sectoral duties cover named products only and are reported apart.
/// </summary>
public sealed class DirectionTimeline
{
    private readonly IReadOnlyList<TariffLayer> _layers;

    internal DirectionTimeline(Side imposer, Side target, IEnumerable<TariffLayer> layers)
    {
        Imposer = imposer;
        Target = target;
        _layers = [.. layers];
        Changes = BuildChanges(_layers);
        Steps = BuildSteps(_layers.Where(l => l.Scope == TariffScope.AcrossTheBoard).ToList());
    }

    public Side Imposer { get; }

    public Side Target { get; }

    public IReadOnlyList<TariffLayer> Layers => _layers;

    /// <summary>Every change to the headline rate, oldest first.</summary>
    public IReadOnlyList<RateStep> Steps { get; }

    /// <summary>Every change of every layer (sectoral ones too), oldest first.</summary>
    public IReadOnlyList<LayerChange> Changes { get; }

    /// <summary>The headline rate in force at an instant: the sum of the across-the-board layers.</summary>
    public decimal RateAt(DateTimeOffset at) =>
        AcrossTheBoardAt(at).Sum(l => l.Rate);

    /// <summary>The layers in force at an instant, across-the-board first, with the change that set each rate.</summary>
    public IReadOnlyList<LayerRate> LayersAt(DateTimeOffset at) =>
    [
        .. _layers
            .Select(layer => (layer, change: LatestChange(layer, at)))
            .Where(x => x.change is { EndsLayer: false })
            .Select(x => new LayerRate(x.layer, x.change!.Rate, x.change))
            .OrderBy(l => l.Layer.Scope)
            .ThenByDescending(l => l.Rate)
            .ThenBy(l => l.Layer.Name),
    ];

    /// <summary>The layers on all goods in force at an instant: the ones that add up to the across-the-board rate.</summary>
    public IReadOnlyList<LayerRate> AcrossTheBoardAt(DateTimeOffset at) =>
        [.. LayersAt(at).Where(l => l.Layer.Scope == TariffScope.AcrossTheBoard)];

    /// <summary>
    /// The ends on all goods the rate at an instant rests on that come only from an order's schedule: a layer counted
    /// as ended there although no report says it ended.
    /// </summary>
    public IReadOnlyList<TariffChange> ScheduledEndsAt(DateTimeOffset at) =>
    [
        .. _layers.Where(l => l.Scope == TariffScope.AcrossTheBoard)
            .Select(l => LatestChange(l, at))
            .OfType<TariffChange>()
            .Where(c => c is { EndsLayer: true, ScheduledOnly: true })
            .OrderBy(c => c.EffectiveAt),
    ];

    /// <summary>The sectoral duties in force at an instant.</summary>
    public IReadOnlyList<LayerRate> SectoralAt(DateTimeOffset at) =>
        [.. LayersAt(at).Where(l => l.Layer.Scope == TariffScope.Sectoral)];

    /// <summary>The last change to the headline rate at or before an instant.</summary>
    public RateStep? LastStepAt(DateTimeOffset at) => Steps.LastOrDefault(s => s.At <= at);

    /// <summary>
    /// The last day the across-the-board rate changed by an instant, with the rate before that day's first step and
    /// after its last one: two steps a minute apart (layers ending at midnight, a surcharge starting at 00:01) read as
    /// the one change they are.
    /// </summary>
    public RateStep? LastDayOfChangeAt(DateTimeOffset at)
    {
        if (LastStepAt(at) is not { } last)
        {
            return null;
        }

        var day = Zones.UsEastern.DayOf(last.At);
        var steps = Steps.Where(s => s.At <= at && Zones.UsEastern.DayOf(s.At) == day).ToList();
        return new RateStep(steps[0].At, steps[0].From, last.To, [.. steps.SelectMany(s => s.Causes)]);
    }

    /// <summary>The next change to the headline rate after an instant, when one is on record (e.g. a scheduled expiry).</summary>
    public RateStep? NextStepAfter(DateTimeOffset at) => Steps.FirstOrDefault(s => s.At > at);

    /// <summary>The steps up to an instant: what was known to have happened by then.</summary>
    public IReadOnlyList<RateStep> StepsUntil(DateTimeOffset at) => [.. Steps.TakeWhile(s => s.At <= at)];

    /// <summary>
    /// The headline rate between two instants as the points of a step line: the rate at the start, each change as
    /// two points at the same instant (old rate, new rate), and the rate at the end.
    /// </summary>
    public IReadOnlyList<RatePoint> StepPoints(DateTimeOffset from, DateTimeOffset until)
    {
        var points = new List<RatePoint> { new(from, RateAt(from)) };
        foreach (var step in Steps.Where(s => s.At > from && s.At <= until))
        {
            points.Add(new RatePoint(step.At, step.From));
            points.Add(new RatePoint(step.At, step.To));
        }

        points.Add(new RatePoint(until, RateAt(until)));
        return points;
    }

    /// <summary>The highest headline rate reached by an instant, when it was first reached and when it fell.</summary>
    public RatePeak? PeakUntil(DateTimeOffset at)
    {
        RatePeak? peak = null;
        var steps = StepsUntil(at);
        for (var i = 0; i < steps.Count; i++)
        {
            if (peak is null || steps[i].To > peak.Rate)
            {
                var fell = steps.Skip(i + 1).FirstOrDefault(s => s.To < steps[i].To);
                peak = new RatePeak(steps[i].To, steps[i].At, fell?.At);
            }
        }

        return peak is { Rate: > 0 } ? peak : null;
    }

    /// <summary>The highest headline rate on record.</summary>
    public RatePeak? Peak => PeakUntil(DateTimeOffset.MaxValue);

    private static TariffChange? LatestChange(TariffLayer layer, DateTimeOffset at) =>
        layer.Changes.Where(c => c.EffectiveAt <= at).MaxBy(c => c.EffectiveAt);

    private static List<LayerChange> BuildChanges(IEnumerable<TariffLayer> layers)
    {
        var changes = new List<LayerChange>();
        foreach (var layer in layers)
        {
            var previous = 0m;
            var first = true;
            foreach (var change in layer.Changes.OrderBy(c => c.EffectiveAt))
            {
                changes.Add(new LayerChange(change, previous, change.Rate) { IsFirstOnRecord = first });
                previous = change.Rate;
                first = false;
            }
        }

        return [.. changes.OrderBy(c => c.Change.EffectiveAt).ThenBy(c => c.Change.Layer.Name)];
    }

    /// <summary>
    /// The headline rate's steps in one ordered pass over the changes: each instant updates the rates of the layers it
    /// touches and the running sum, instead of working every layer's rate out again at every instant.
    /// </summary>
    private static List<RateStep> BuildSteps(List<TariffLayer> layers)
    {
        var steps = new List<RateStep>();
        var rates = new Dictionary<TariffLayer, decimal>();
        var rate = 0m;
        var changes = layers.SelectMany(l => l.Changes.Select(c => (Layer: l, Change: c))).OrderBy(x => x.Change.EffectiveAt).ToList();
        for (var i = 0; i < changes.Count;)
        {
            var at = changes[i].Change.EffectiveAt;
            var causes = new List<TariffChange>();
            for (; i < changes.Count && changes[i].Change.EffectiveAt == at; i++)
            {
                var (layer, change) = changes[i];
                var next = change.EndsLayer ? 0m : change.Rate;
                rate += next - rates.GetValueOrDefault(layer);
                rates[layer] = next;
                causes.Add(change);
            }

            var previous = steps.Count > 0 ? steps[^1].To : 0m;
            if (rate != previous)
            {
                steps.Add(new RateStep(at, previous, rate, [.. causes.OrderBy(c => c.Layer.Name)]));
            }
        }

        return steps;
    }
}

/// <summary>A rate at an instant, as a chart plots it.</summary>
public readonly record struct RatePoint(DateTimeOffset At, decimal Rate);

/// <summary>One layer's rate at an instant, and the change that set it.</summary>
public sealed record LayerRate(TariffLayer Layer, decimal Rate, TariffChange SetBy);

/// <summary>One change to one layer, with the layer's rate before and after.</summary>
/// <summary>A change of one layer; <see cref="IsFirstOnRecord"/> when the record holds no earlier rate for the layer.</summary>
public sealed record LayerChange(TariffChange Change, decimal From, decimal To)
{
    public bool IsFirstOnRecord { get; init; }
}

/// <summary>A change to the headline rate: at an instant it moved from one rate to another, for these causes.</summary>
public sealed record RateStep(DateTimeOffset At, decimal From, decimal To, IReadOnlyList<TariffChange> Causes)
{
    public decimal Change => To - From;
}

/// <summary>The highest headline rate: from when it held and, where it fell back, when.</summary>
public sealed record RatePeak(decimal Rate, DateTimeOffset From, DateTimeOffset? Until);
