using TradeTalks.Tariffs;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Tests.Tariffs;

/// <summary>An end that comes only from an order's schedule is never told as an end that happened.</summary>
public sealed class ScheduledEndTests
{
    private static readonly DateTimeOffset Start = Instants.EffectiveOn("2026-02-24"), End = Instants.EffectiveOn("2026-07-24");

    [Fact]
    public void BeforeTheScheduledDayTheRateCountsTheLayerAndNoEndIsLeanedOn()
    {
        var direction = TariffTimeline.From([Surcharge(scheduledOnly: true)]).UsOnChina;

        Assert.Equal(10, direction.RateAt(End.AddMinutes(-1)));
        Assert.Empty(direction.ScheduledEndsAt(End.AddMinutes(-1)));
    }

    [Fact]
    public void FromTheScheduledInstantTheRateRestsOnTheScheduledEnd()
    {
        var direction = TariffTimeline.From([Surcharge(scheduledOnly: true)]).UsOnChina;

        Assert.Equal(0, direction.RateAt(End));
        var end = Assert.Single(direction.ScheduledEndsAt(End));
        Assert.Equal("surcharge-end", end.Key);
        Assert.Equal("scheduled to end 24 Jul 2026; nothing on record since", ScheduledEnds.Words(end, End));
        Assert.Equal("scheduled to end 24 Jul 2026", ScheduledEnds.Words(end, End.AddMinutes(-1)));
    }

    [Fact]
    public void AnEndThatAReportConfirmsIsNotAScheduledEnd()
    {
        var direction = TariffTimeline.From([Surcharge(scheduledOnly: false)]).UsOnChina;

        Assert.Equal(0, direction.RateAt(End));
        Assert.Empty(direction.ScheduledEndsAt(End));
    }

    [Fact]
    public void AScheduledEndOnNamedGoodsDoesNotTouchTheAcrossTheBoardRate()
    {
        var layer = Surcharge(scheduledOnly: true);
        layer.Scope = TariffScope.Sectoral;

        Assert.Empty(TariffTimeline.From([layer]).UsOnChina.ScheduledEndsAt(End));
    }

    [Fact]
    public void TheTimelineFigureOfAScheduledEndSaysNothingIsOnRecordSince()
    {
        Assert.Equal("US on China: 10% → 0%, a scheduled end; nothing on record since",
            Figures.Text(new TradeTalks.Timeline.RateFigure(Side.UnitedStates, Side.China, 10, 0, ScheduledEnd: true)));
        Assert.Equal("US on China: 10% → 0%", Figures.Text(new TradeTalks.Timeline.RateFigure(Side.UnitedStates, Side.China, 10, 0)));
    }

    private static TariffLayer Surcharge(bool scheduledOnly)
    {
        var layer = new TariffLayer
        {
            Key = "surcharge", Name = "Section 122 import surcharge", Imposer = Side.UnitedStates, Target = Side.China,
            Authority = TariffAuthority.Section122Surcharge, Scope = TariffScope.AcrossTheBoard,
        };
        layer.Changes.Add(new TariffChange { Key = "surcharge-start", Layer = layer, Rate = 10, EffectiveOn = new(2026, 2, 24), EffectiveAt = Start, Cause = "Imposed." });
        layer.Changes.Add(new TariffChange
        {
            Key = "surcharge-end", Layer = layer, Rate = 0, EndsLayer = true, ScheduledOnly = scheduledOnly, EffectiveOn = new(2026, 7, 24), EffectiveAt = End,
            Cause = "The 150 days run out.",
        });
        return layer;
    }
}
