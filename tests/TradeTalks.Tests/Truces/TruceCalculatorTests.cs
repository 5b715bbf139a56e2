using TradeTalks.Tests.Support;
using TradeTalks.Time;
using TradeTalks.Truces;

namespace TradeTalks.Tests.Truces;

public sealed class TruceCalculatorTests
{
    private static readonly TruceWindow Geneva = BundledRecords.TruceWindows.Single();

    private static TruceStatus StatusAt(DateTimeOffset at) =>
        TruceCalculator.StatusAt(Geneva, at) ?? throw new InvalidOperationException("No truce at " + at);

    [Fact]
    public void BeforeTheTruceWasAnnouncedThereIsNoStatus()
    {
        Assert.Null(TruceCalculator.StatusAt(Geneva, Instants.Eastern(2025, 5, 11, 23, 59)));
    }

    [Fact]
    public void BetweenAnnouncementAndStartTheTruceIsAnnounced()
    {
        var status = StatusAt(Instants.Eastern(2025, 5, 13, 12));

        Assert.Equal(TruceState.Announced, status.State);
        Assert.Equal(Instants.EffectiveOn("2025-08-12"), status.Deadline);
        Assert.Equal(0, status.ElapsedShare);
    }

    [Fact]
    public void OneMinuteAfterTheStartTheTruceIsInForce()
    {
        var status = StatusAt(Instants.EffectiveOn("2025-05-14").AddMinutes(1));

        Assert.Equal(TruceState.InForce, status.State);
        Assert.Equal(89, status.TimeLeft.Days);
        Assert.Equal(23, status.TimeLeft.Hours);
        Assert.Equal(59, status.TimeLeft.Minutes);
    }

    [Fact]
    public void InTheLastFourteenDaysBeforeTheFirstDeadlineTheTruceIsEndingSoon()
    {
        var deadline = Instants.EffectiveOn("2025-08-12");

        Assert.Equal(TruceState.InForce, StatusAt(deadline.AddDays(-14).AddMinutes(-1)).State);
        Assert.Equal(TruceState.EndingSoon, StatusAt(deadline.AddDays(-14)).State);
        Assert.Equal(TruceState.EndingSoon, StatusAt(Instants.Eastern(2025, 8, 10, 12)).State);
    }

    [Fact]
    public void OnceTheFirstExtensionIsSignedTheDeadlineMovesToNovember()
    {
        var status = StatusAt(Instants.Eastern(2025, 8, 11, 12));

        Assert.Equal(TruceState.InForce, status.State);
        Assert.Equal(Instants.EffectiveOn("2025-11-10"), status.Deadline);
        Assert.Equal("Geneva truce", status.CurrentTerm.Name);
        Assert.Equal(TruceState.InForce, status.Terms[0].State);
        Assert.Equal(TruceState.Announced, status.Terms[1].State);
    }

    [Fact]
    public void AroundTheFirstDeadlineTheExtendedTruceStaysInForce()
    {
        var deadline = Instants.EffectiveOn("2025-08-12");
        var before = StatusAt(deadline.AddMinutes(-1));
        var after = StatusAt(deadline.AddMinutes(1));

        Assert.Equal(TruceState.InForce, before.State);
        Assert.Equal(TruceState.InForce, after.State);
        Assert.Equal(Instants.EffectiveOn("2025-11-10"), after.Deadline);
        // 90 days less a minute, plus the hour gained when clocks go back on 2 November.
        Assert.Equal(new TimeLeft(90, 0, 59, 0), after.TimeLeft);
        Assert.False(after.DataMayBeStale);
    }

    [Fact]
    public void AroundTheSecondDeadlineTheOneYearExtensionHolds()
    {
        var deadline = Instants.EffectiveOn("2025-11-10");

        var before = StatusAt(deadline.AddMinutes(-1));
        var after = StatusAt(deadline.AddMinutes(1));

        Assert.Equal(TruceState.InForce, before.State);
        Assert.Equal(Instants.EffectiveOn("2026-11-10"), before.Deadline);
        Assert.Equal(TruceState.InForce, after.State);
        Assert.Equal("One-year extension after Busan", after.CurrentTerm.Name);
        Assert.Equal(3, after.Terms.Count);
        Assert.Equal("First 90-day extension", before.CurrentTerm.Name);
        Assert.Equal([TruceState.Superseded, TruceState.InForce, TruceState.Announced], before.Terms.Select(t => t.State));
    }

    [Fact]
    public void BeforeTheBusanExtensionWasSignedTheNovemberDeadlineWasEndingSoon()
    {
        var status = StatusAt(Instants.Eastern(2025, 11, 3, 12));

        Assert.Equal(TruceState.EndingSoon, status.State);
        Assert.Equal(Instants.EffectiveOn("2025-11-10"), status.Deadline);
    }

    [Fact]
    public void OneMinuteBeforeTheLastDeadlineOneMinuteIsLeft()
    {
        var status = StatusAt(Instants.EffectiveOn("2026-11-10").AddMinutes(-1));

        Assert.Equal(TruceState.EndingSoon, status.State);
        Assert.Equal(new TimeLeft(0, 0, 1, 0), status.TimeLeft);
        Assert.False(status.DataMayBeStale);
    }

    [Fact]
    public void AfterTheLastKnownDeadlineTheDeadlineHasPassedWithNothingOnRecordAndTheDataMayBeStale()
    {
        var status = StatusAt(Instants.EffectiveOn("2026-11-10").AddMinutes(1));

        Assert.Equal(TruceState.DeadlinePassed, status.State);
        Assert.True(status.DataMayBeStale);
        Assert.True(status.TimeLeft.IsZero);
        Assert.Equal(1, status.ElapsedShare);
    }

    [Fact]
    public void TimeLeftNeverCountsBelowZero()
    {
        var status = StatusAt(Instants.Eastern(2030, 1, 1));

        Assert.Equal(default, status.TimeLeft);
        Assert.Equal(0, status.DaysLeft);
    }

    [Fact]
    public void ATruceWithoutExtensionReadsDeadlinePassedOneMinuteAfterItsDeadlineNotLapsed()
    {
        var window = Window(extensions: []);
        var deadline = window.Deadline;

        Assert.Equal(TruceState.EndingSoon, TruceCalculator.StatusAt(window, deadline.AddMinutes(-1))!.State);
        var lapsed = TruceCalculator.StatusAt(window, deadline.AddMinutes(1))!;
        Assert.Equal(TruceState.DeadlinePassed, lapsed.State);
        Assert.True(lapsed.DataMayBeStale);
    }

    [Fact]
    public void ALapseFollowedByALaterExtensionIsNotFlaggedStale()
    {
        var window = Window(extensions: []);
        window.Extensions.Add(new TruceExtension
        {
            Key = "late",
            Name = "Late extension",
            SignedOn = DateOnly.FromDateTime(window.Deadline.AddDays(5).Date),
            SignedAt = window.Deadline.AddDays(5),
            NewDeadline = window.Deadline.AddDays(90),
            Summary = "Signed after the lapse.",
        });

        var lapsed = TruceCalculator.StatusAt(window, window.Deadline.AddDays(1))!;
        var revived = TruceCalculator.StatusAt(window, window.Deadline.AddDays(6))!;

        Assert.Equal(TruceState.DeadlinePassed, lapsed.State);
        Assert.False(lapsed.DataMayBeStale);
        Assert.Equal(TruceState.InForce, revived.State);
    }

    [Fact]
    public void DeadlineIsGivenInUsEasternAndBeijingTime()
    {
        var status = StatusAt(Instants.Eastern(2025, 6, 1));

        Assert.Equal(new DateTime(2025, 8, 12, 0, 1, 0), status.DeadlineUsEastern.DateTime);
        Assert.Equal(TimeSpan.FromHours(-4), status.DeadlineUsEastern.Offset);
        Assert.Equal(new DateTime(2025, 8, 12, 12, 1, 0), status.DeadlineBeijing.DateTime);
        Assert.Equal(new DateTime(2025, 8, 12, 4, 1, 0), status.Deadline.UtcDateTime);
    }

    [Fact]
    public void WinterDeadlineIsThirteenHoursBehindBeijing()
    {
        var status = StatusAt(Instants.Eastern(2026, 1, 1));

        Assert.Equal(new DateTime(2026, 11, 10, 0, 1, 0), status.DeadlineUsEastern.DateTime);
        Assert.Equal(new DateTime(2026, 11, 10, 13, 1, 0), status.DeadlineBeijing.DateTime);
    }

    [Fact]
    public void AnExtensionSignedBeforeItsTermStartsIsAgreedButNotYetInForce()
    {
        var status = StatusAt(Instants.Eastern(2025, 11, 5, 12));

        Assert.Equal("First 90-day extension", status.CurrentTerm.Name);
        Assert.Equal(TruceState.Announced, status.Terms[^1].State);
        Assert.Equal(Instants.EffectiveOn("2026-11-10"), status.Deadline);
    }

    [Fact]
    public void ShareElapsedRunsFromTheStartToTheDeadlineNowInForce()
    {
        var start = Instants.EffectiveOn("2025-05-14");
        var later = StatusAt(Instants.Eastern(2025, 11, 5, 12));

        Assert.Equal((later.At - start) / (Instants.EffectiveOn("2026-11-10") - start), later.ElapsedShare, 6);
    }

    [Fact]
    public void ShareElapsedIsMeasuredOverTheTermInForce()
    {
        var start = Instants.EffectiveOn("2025-05-14");
        var halfway = start + (Instants.EffectiveOn("2025-08-12") - start) / 2;

        Assert.Equal(0.5, StatusAt(halfway).ElapsedShare, 6);
    }

    [Fact]
    public void OnlyARecordOfALapseMakesATruceLapsed()
    {
        var window = Window([]);
        window.LapsedOn = new DateOnly(2030, 4, 3);

        var passed = TruceCalculator.StatusAt(window, Zones.UsEastern.EndOfDay(new DateOnly(2030, 4, 2)))!;
        var lapsed = TruceCalculator.StatusAt(window, Zones.UsEastern.StartOfDay(new DateOnly(2030, 4, 3)))!;

        Assert.Equal(TruceState.DeadlinePassed, passed.State);
        Assert.Equal(TruceState.Lapsed, lapsed.State);
        Assert.False(lapsed.DataMayBeStale);
    }

    [Fact]
    public void InJune2025ALapseWouldHaveBroughtBothSidesBackTo34Percent()
    {
        var status = StatusAt(Instants.Eastern(2025, 6, 1));

        var us = status.Items.Single(i => i.Item.Key == "geneva-us-reciprocal-points");
        var china = status.Items.Single(i => i.Item.Key == "geneva-cn-retaliatory-points");
        Assert.Equal((TruceItemState.Suspended, 10m, 34m), (us.State, us.RateBefore!.Value, us.RateOnLapse!.Value));
        Assert.Equal((TruceItemState.Suspended, 10m, 34m), (china.State, china.RateBefore!.Value, china.RateOnLapse!.Value));
        Assert.Equal(Instants.EffectiveOn("2025-08-12"), us.Deadline);
        Assert.Equal(2, status.Items.Count);
    }

    [Fact]
    public void AfterTheUsReciprocalLayerEndedItsSuspendedPointsHaveNothingToReturnTo()
    {
        var status = StatusAt(Instants.Eastern(2026, 11, 1));

        var us = status.Items.Single(i => i.Item.Key == "geneva-us-reciprocal-points");
        var china = status.Items.Single(i => i.Item.Key == "geneva-cn-retaliatory-points");
        Assert.Null(us.RateOnLapse);
        Assert.Equal(new DateOnly(2026, 2, 24), us.LayerEndedOn);
        Assert.False(us.ReturnsSomething);
        Assert.Equal(34, china.RateOnLapse);
    }

    [Theory]
    [InlineData(2025, 5, 12, 12)]
    [InlineData(2025, 5, 13, 23)]
    public void BetweenGenevaAndTheStartALapseIsMeasuredFromTheAnnouncedTenPercent(int year, int month, int day, int hour)
    {
        var status = StatusAt(Instants.Eastern(year, month, day, hour));

        var us = status.Items.Single(i => i.Item.Key == "geneva-us-reciprocal-points");
        Assert.Equal(TruceItemState.Agreed, us.State);
        Assert.Equal((10m, 34m), (us.RateBefore!.Value, us.RateOnLapse!.Value));
    }

    [Fact]
    public void OnceTheRulingIsAnnouncedTheUsPointsHaveNothingToReturnToThoughCollectionGoesOnForDays()
    {
        var dayBefore = StatusAt(Instants.Eastern(2026, 2, 19, 12));
        var afterRuling = StatusAt(Instants.Eastern(2026, 2, 21, 12));

        Assert.Equal(34, dayBefore.Items.Single(i => i.Item.Key == "geneva-us-reciprocal-points").RateOnLapse);
        Assert.Equal(new DateOnly(2026, 2, 24), afterRuling.Items.Single(i => i.Item.Key == "geneva-us-reciprocal-points").LayerEndedOn);
    }

    [Fact]
    public void ARecordedLapseEndsTheItemsOnTheTrucesDeadlineButNotOneWithALaterDeadlineOfItsOwn()
    {
        var window = Window([]);
        window.LapsedOn = new DateOnly(2030, 4, 3);
        window.Items =
        [
            new TruceItem { Key = "points", Summary = "Points", TruceWindow = window },
            new TruceItem { Key = "later", Summary = "Later", TruceWindow = window, Until = Zones.UsEasternOneMinutePastMidnight(new DateOnly(2030, 5, 1)) },
        ];

        var status = TruceCalculator.StatusAt(window, Zones.UsEastern.At(new DateOnly(2030, 4, 10), new TimeOnly(12, 0)))!;

        Assert.Equal(TruceItemState.Lapsed, status.Items.Single(i => i.Item.Key == "points").State);
        Assert.Equal(TruceItemState.Suspended, status.Items.Single(i => i.Item.Key == "later").State);
    }

    [Fact]
    public void AMeasureItemRunsToTheEndOfTheMeasuresLatestSuspensionSoAnExtensionIsOneRecord()
    {
        var window = Window([]);
        var measure = new TradeTalks.Measures.Measure { Key = "ban", Title = "Ban", Covers = "Metals" };
        measure.Changes.Add(MeasureChange(measure, "2030-01-02", "2030-06-01"));
        window.Items = [new TruceItem { Key = "ban-item", Summary = "Ban", TruceWindow = window, Measure = measure }];

        var before = TruceCalculator.StatusAt(window, Instants.Eastern(2030, 3, 1))!;
        measure.Changes.Add(MeasureChange(measure, "2030-05-20", "2030-12-01"));
        var after = TruceCalculator.StatusAt(window, Instants.Eastern(2030, 5, 21))!;

        Assert.Equal(Zones.UsEasternOneMinutePastMidnight(new DateOnly(2030, 6, 1)), before.Items.Single().Deadline);
        Assert.Equal(Zones.UsEasternOneMinutePastMidnight(new DateOnly(2030, 12, 1)), after.Items.Single().Deadline);
    }

    [Fact]
    public void AnExtensionSignedAfterARecordedLapseRevivesTheTruce()
    {
        var window = Window([]);
        window.LapsedOn = new DateOnly(2030, 4, 3);
        window.Extensions.Add(new TruceExtension
        {
            Key = "revival", Name = "Revival", Summary = "Revived", TruceWindow = window,
            SignedOn = new DateOnly(2030, 4, 10), SignedAt = Zones.UsEastern.StartOfDay(new DateOnly(2030, 4, 10)),
            NewDeadline = Zones.UsEasternOneMinutePastMidnight(new DateOnly(2030, 9, 1)),
        });

        Assert.Equal(TruceState.Lapsed, TruceCalculator.StatusAt(window, Instants.Eastern(2030, 4, 5))!.State);
        Assert.Equal(TruceState.InForce, TruceCalculator.StatusAt(window, Instants.Eastern(2030, 4, 11))!.State);
    }

    private static TradeTalks.Measures.MeasureChange MeasureChange(TradeTalks.Measures.Measure measure, string on, string until) => new()
    {
        Key = "suspended-" + on,
        Summary = "Suspended",
        Measure = measure,
        State = TradeTalks.Measures.MeasureState.Suspended,
        On = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture),
        At = Instants.EffectiveOn(on),
        SuspendedUntil = Instants.EffectiveOn(until),
    };

    [Fact]
    public void TheGalliumSuspensionIsOnRecordOnlyFromItsOwnAnnouncement()
    {
        Assert.DoesNotContain(StatusAt(Instants.Eastern(2025, 11, 8, 12)).Items, i => i.Item.Key == "busan-cn-gallium-germanium-antimony");
        Assert.Contains(StatusAt(Instants.Eastern(2025, 11, 9, 12)).Items, i => i.Item.Key == "busan-cn-gallium-germanium-antimony");
    }

    [Fact]
    public void TheBusanItemsAppearOnceTheExtensionIsSignedAndStartOnTheirOwnDays()
    {
        var before = StatusAt(Instants.Eastern(2025, 11, 3, 12));
        var signed = StatusAt(Instants.Eastern(2025, 11, 5, 12));
        var rareEarthsPaused = StatusAt(Instants.Eastern(2025, 11, 8));
        var started = StatusAt(Instants.Eastern(2025, 11, 12));

        Assert.DoesNotContain(before.Items, i => i.Item.Measure is not null);
        var rareEarths = signed.Items.Single(i => i.Item.Key == "busan-cn-rare-earth-controls");
        Assert.Equal(TruceItemState.Agreed, rareEarths.State);
        // China's announcement 70 paused its rare-earth controls at once on 7 November; the US items waited for the 10th.
        Assert.Equal(TruceItemState.Suspended, rareEarthsPaused.Items.Single(i => i.Item.Key == "busan-cn-rare-earth-controls").State);
        Assert.Equal(TruceItemState.Agreed, rareEarthsPaused.Items.Single(i => i.Item.Key == "busan-us-affiliates-rule").State);
        Assert.Equal(TruceItemState.Suspended, started.Items.Single(i => i.Item.Key == "busan-us-affiliates-rule").State);
        Assert.Equal(Instants.EffectiveOn("2026-11-10"), rareEarths.Deadline);
    }

    [Fact]
    public void EachItemsDeadlinePassesOnItsOwnDayWithNothingOnRecord()
    {
        var between = StatusAt(Instants.Eastern(2026, 11, 20));
        var after = StatusAt(Instants.Eastern(2026, 11, 29));

        Assert.Equal(TruceItemState.DeadlinePassed, between.Items.Single(i => i.Item.Key == "busan-cn-rare-earth-controls").State);
        Assert.Equal(TruceItemState.Suspended, between.Items.Single(i => i.Item.Key == "busan-cn-gallium-germanium-antimony").State);
        Assert.All(after.Items, i => Assert.Equal(TruceItemState.DeadlinePassed, i.State));
        Assert.Equal(TruceState.DeadlinePassed, after.State);
    }

    private static TruceWindow Window(List<TruceExtension> extensions) => new()
    {
        Key = "test",
        Name = "Test truce",
        AnnouncedOn = new DateOnly(2030, 1, 1),
        StartsAt = Zones.UsEasternOneMinutePastMidnight(new DateOnly(2030, 1, 2)),
        Deadline = Zones.UsEasternOneMinutePastMidnight(new DateOnly(2030, 4, 2)),
        DeadlineZone = Zones.UsEasternId,
        Summary = "A test truce.",
        Extensions = extensions,
    };
}
