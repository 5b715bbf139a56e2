using Microsoft.Extensions.Time.Testing;
using TradeTalks.Indicators;
using TradeTalks.Tariffs;
using TradeTalks.Tests.Support;
using TradeTalks.Time;

namespace TradeTalks.Tests.Indicators;

/// <summary>A published average is the current figure only until the layers change after it; then it is a past figure.</summary>
public sealed class PublishedAverageTests
{
    // The seed's US average describes 14 May 2025 (after Geneva); the next change to a US layer is the steel and aluminium
    // duty at 00:01 US Eastern on 4 June 2025.
    private static readonly DateTimeOffset SteelRaised = Instants.EffectiveOn("2025-06-04");

    [Fact]
    public async Task TheAverageIsCurrentUpToTheMinuteBeforeTheLayersChange()
    {
        await using var database = await TestDatabase.CreateSeededAsync();

        var average = await UsAverageAsync(database, AsOf.At(SteelRaised.AddMinutes(-1)));

        Assert.Equal(51.1m, average.Release.Value);
        Assert.False(average.IsPast);
        Assert.Null(average.LayersChangedAt);
    }

    [Fact]
    public async Task TheAverageIsAPastFigureFromTheInstantTheLayersChange()
    {
        await using var database = await TestDatabase.CreateSeededAsync();

        var average = await UsAverageAsync(database, AsOf.At(SteelRaised));

        Assert.Equal(51.1m, average.Release.Value);
        Assert.True(average.IsPast);
        Assert.Equal(SteelRaised, average.LayersChangedAt);
    }

    [Fact]
    public async Task TodayOnTheClockBothAveragesArePastFiguresDatedByTheLatestChange()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateSeededAsync(time);
        var asOf = AsOf.Now(time);
        var headline = await database.Get<TariffService>().GetHeadlineAsync(asOf);
        var (us, china) = await database.Get<IndicatorService>().GetAveragesAsync(asOf);

        var usAverage = PublishedAverage.Of(us, headline, Side.UnitedStates)!;
        var chinaAverage = PublishedAverage.Of(china, headline, Side.China)!;

        Assert.True(usAverage.IsPast);
        Assert.Equal(new DateOnly(2026, 7, 24), Zones.UsEastern.DayOf(usAverage.LayersChangedAt!.Value));
        Assert.True(chinaAverage.IsPast);
        Assert.Equal(new DateOnly(2025, 11, 10), Zones.UsEastern.DayOf(chinaAverage.LayersChangedAt!.Value));
    }

    [Fact]
    public void TheDayPublishedIsTheReleaseDayElseTheEarliestDatedSource()
    {
        var headline = new TariffHeadline(TariffTimeline.From([]), new Dictionary<Side, NamedGoodsDuties>(), null);
        var release = new IndicatorRelease
        {
            Key = "avg", Indicator = "Average", Region = "United States", Period = "May 2025", PeriodStart = new(2025, 5, 14), Unit = "%", Value = 51.1m,
            Sources = [new() { Key = "b", Publisher = "B", Title = "B", PublishedOn = new(2025, 6, 2) }, new() { Key = "a", Publisher = "A", Title = "A" }],
        };

        Assert.Equal(new DateOnly(2025, 6, 2), PublishedAverage.Of(release, headline, Side.UnitedStates)!.PublishedOn);
        release.ReleasedOn = new(2025, 5, 20);
        Assert.Equal(new DateOnly(2025, 5, 20), PublishedAverage.Of(release, headline, Side.UnitedStates)!.PublishedOn);
        Assert.Null(PublishedAverage.Of(null, headline, Side.UnitedStates));
    }

    private static async Task<PublishedAverage> UsAverageAsync(TestDatabase database, AsOf asOf)
    {
        var headline = await database.Get<TariffService>().GetHeadlineAsync(asOf);
        var (us, _) = await database.Get<IndicatorService>().GetAveragesAsync(asOf);
        return PublishedAverage.Of(us, headline, Side.UnitedStates)!;
    }
}
