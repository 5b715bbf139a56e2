using TradeTalks.Measures;
using TradeTalks.Tests.Support;
using TradeTalks.Time;

namespace TradeTalks.Tests.Measures;

public sealed class MeasureStatusTests
{
    private static readonly Measure PortFees = new()
    {
        Key = "port-fees",
        Title = "Port fees",
        Covers = "Ships",
        Side = Side.UnitedStates,
        Changes =
        [
            Change("imposed", MeasureState.Imposed, "2025-10-14"),
            Change("suspended", MeasureState.Suspended, "2025-11-10", until: "2026-11-10"),
        ],
    };

    [Fact]
    public void BeforeItsFirstChangeAMeasureIsNotOnRecord()
    {
        Assert.Null(MeasureStatus.Of(PortFees, Instants.EffectiveOn("2025-10-14").AddMinutes(-1)));
    }

    [Fact]
    public void FromItsFirstChangeItIsInForce()
    {
        var status = MeasureStatus.Of(PortFees, Instants.EffectiveOn("2025-10-14"))!;

        Assert.Equal(MeasureStanding.InForce, status.Standing);
        Assert.Single(status.History);
    }

    [Fact]
    public void ASuspensionHoldsUntilItsEndAndThenNothingIsOnRecordRatherThanResumed()
    {
        var before = MeasureStatus.Of(PortFees, Instants.EffectiveOn("2025-11-10").AddMinutes(-1))!;
        var suspended = MeasureStatus.Of(PortFees, Instants.EffectiveOn("2025-11-10"))!;
        var lastMinute = MeasureStatus.Of(PortFees, Instants.EffectiveOn("2026-11-10").AddMinutes(-1))!;
        var ended = MeasureStatus.Of(PortFees, Instants.EffectiveOn("2026-11-10"))!;

        Assert.Equal(MeasureStanding.InForce, before.Standing);
        Assert.Equal(MeasureStanding.Suspended, suspended.Standing);
        Assert.Equal(MeasureStanding.Suspended, lastMinute.Standing);
        Assert.Equal(MeasureStanding.DeadlinePassed, ended.Standing);
        Assert.Equal(2, ended.History.Count);
    }

    [Fact]
    public void ALaterRecordDecidesWhatFollowedASuspension()
    {
        var measure = new Measure
        {
            Key = "m",
            Title = "M",
            Covers = "C",
            Changes =
            [
                Change("imposed", MeasureState.Imposed, "2025-01-10"),
                Change("suspended", MeasureState.Suspended, "2025-02-10", until: "2025-03-10"),
                Change("resumed", MeasureState.Resumed, "2025-03-10"),
                Change("lifted", MeasureState.Lifted, "2025-06-01"),
            ],
        };

        Assert.Equal(MeasureStanding.InForce, MeasureStatus.Of(measure, Instants.Eastern(2025, 4, 1))!.Standing);
        Assert.Equal(MeasureStanding.Lifted, MeasureStatus.Of(measure, Instants.Eastern(2025, 6, 2))!.Standing);
    }

    [Fact]
    public void TheBundledRareEarthControlsAreSuspendedFromTheDayOfAnnouncementSeventyUntilTheTruceDeadline()
    {
        var controls = BundledRecords.Measures.Single(m => m.Key == "cn-rare-earth-controls-2025-10");

        Assert.Equal(MeasureStanding.InForce, MeasureStatus.Of(controls, Instants.Eastern(2025, 10, 20))!.Standing);
        Assert.Equal(MeasureStanding.InForce, MeasureStatus.Of(controls, Instants.Eastern(2025, 11, 6, 12))!.Standing);
        Assert.Equal(MeasureStanding.Suspended, MeasureStatus.Of(controls, Instants.Eastern(2025, 11, 8))!.Standing);
        Assert.Equal(MeasureStanding.Suspended, MeasureStatus.Of(controls, Instants.Eastern(2025, 12, 1))!.Standing);
        Assert.Equal(MeasureStanding.DeadlinePassed, MeasureStatus.Of(controls, Instants.Eastern(2026, 11, 29))!.Standing);
    }

    private static MeasureChange Change(string key, MeasureState state, string on, string? until = null) => new()
    {
        Key = key,
        State = state,
        On = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture),
        At = Instants.EffectiveOn(on),
        SuspendedUntil = until is null ? null : Zones.UsEasternOneMinutePastMidnight(DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture)),
        Summary = key,
    };
}
