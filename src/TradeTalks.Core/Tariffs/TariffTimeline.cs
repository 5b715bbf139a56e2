namespace TradeTalks.Tariffs;

/// <summary>The tariffs each side charges the other, over time, built from the stored layers and their changes.</summary>
public sealed class TariffTimeline
{
    private TariffTimeline(DirectionTimeline usOnChina, DirectionTimeline chinaOnUs)
    {
        UsOnChina = usOnChina;
        ChinaOnUs = chinaOnUs;
    }

    /// <summary>Tariffs the US charges on Chinese goods.</summary>
    public DirectionTimeline UsOnChina { get; }

    /// <summary>Tariffs China charges on US goods.</summary>
    public DirectionTimeline ChinaOnUs { get; }

    public IEnumerable<DirectionTimeline> Directions => [UsOnChina, ChinaOnUs];

    /// <summary>The instant the timeline was cut at (what was known then), or null for everything on record.</summary>
    public DateTimeOffset? KnownAt { get; private init; }

    /// <param name="layers">Layers with their changes loaded.</param>
    /// <param name="knownAt">The as-of instant the layers were cut at, if they were.</param>
    public static TariffTimeline From(IEnumerable<TariffLayer> layers, DateTimeOffset? knownAt = null)
    {
        var all = layers.ToList();
        return new TariffTimeline(
            new DirectionTimeline(Side.UnitedStates, Side.China, all.Where(l => l.Imposer == Side.UnitedStates)),
            new DirectionTimeline(Side.China, Side.UnitedStates, all.Where(l => l.Imposer == Side.China)))
        {
            KnownAt = knownAt,
        };
    }

    public DirectionTimeline For(Side imposer) => imposer switch
    {
        Side.UnitedStates => UsOnChina,
        Side.China => ChinaOnUs,
        _ => throw new ArgumentOutOfRangeException(nameof(imposer), imposer, "Only the US and China impose tariffs here."),
    };

    /// <summary>Every change of every layer, oldest first, with the layer's rate before and after it.</summary>
    public IReadOnlyList<LayerChange> Changes =>
        [.. Directions.SelectMany(d => d.Changes).OrderBy(c => c.Change.EffectiveAt).ThenBy(c => c.Change.Layer.Imposer)];

    /// <summary>The changes in effect by <see cref="KnownAt"/>: announced steps still to come are left out.</summary>
    public IReadOnlyList<LayerChange> ChangesInEffect => KnownAt is { } at ? [.. Changes.Where(c => c.Change.EffectiveAt <= at)] : Changes;
}
