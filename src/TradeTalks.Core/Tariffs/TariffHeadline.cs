namespace TradeTalks.Tariffs;

/// <summary>
/// The headline figures at an as-of instant: the timeline of the layers on all goods (whose sum is the across-the-board
/// rate), and, each way, what the duties on named goods add to the picture without being part of that sum.
/// </summary>
/// <param name="NextChangeAt">
/// When the first change on record after the as-of instant takes effect, to any layer, announced or not (null: none):
/// until then, these figures are the same for every later instant of the same day.
/// </param>
public sealed record TariffHeadline(TariffTimeline Timeline, IReadOnlyDictionary<Side, NamedGoodsDuties> NamedGoods, DateTimeOffset? NextChangeAt)
{
    public NamedGoodsDuties NamedGoodsOf(Side imposer) => NamedGoods.GetValueOrDefault(imposer) ?? NamedGoodsDuties.None;

    /// <summary>When the latest change to any of a side's layers (on all goods or named goods) took effect, by the as-of instant.</summary>
    public DateTimeOffset? LatestChangeAt(Side imposer)
    {
        var acrossTheBoard = Timeline.For(imposer).Changes.Where(c => c.Change.EffectiveAt <= (Timeline.KnownAt ?? DateTimeOffset.MaxValue))
            .Select(c => (DateTimeOffset?)c.Change.EffectiveAt).Max();
        var named = NamedGoodsOf(imposer).LatestChangeAt;
        return acrossTheBoard > named || named is null ? acrossTheBoard : named;
    }
}

/// <summary>The duties on named goods one side had in force, by the legal authority they rest on.</summary>
/// <param name="LatestChangeAt">When the latest change to any of the side's named-goods layers took effect, in force or not.</param>
public sealed record NamedGoodsDuties(int InForce, IReadOnlyList<TariffAuthority> Authorities, DateTimeOffset? LatestChangeAt)
{
    public static NamedGoodsDuties None { get; } = new(0, [], null);
}
