using Microsoft.Extensions.Time.Testing;
using TradeTalks.Tests.Support;
using TradeTalks.Time;

namespace TradeTalks.Tests.Time;

public sealed class AsOfTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 15, 0, 0, TimeSpan.Zero));

    [Fact]
    public void WithoutADateAsOfIsNowFromTheClock()
    {
        Assert.True(AsOf.TryParse(null, _time, out var asOf, out var error));

        Assert.Null(error);
        Assert.True(asOf.IsNow);
        Assert.Equal(_time.GetUtcNow(), asOf.Instant);

        _time.Advance(TimeSpan.FromHours(3));
        Assert.True(AsOf.TryParse("  ", _time, out var later, out _));
        Assert.Equal(_time.GetUtcNow(), later.Instant);
    }

    [Fact]
    public void ADateMeansTheEndOfThatDayInUsEasternTime()
    {
        Assert.True(AsOf.TryParse("2025-04-10", _time, out var asOf, out _));

        Assert.Equal(new DateOnly(2025, 4, 10), asOf.Date);
        Assert.Equal(new DateTimeOffset(2025, 4, 11, 4, 0, 0, TimeSpan.Zero), asOf.Instant.AddTicks(1));
        Assert.Equal(new DateOnly(2025, 4, 10), asOf.Day);
    }

    [Fact]
    public void ADateIncludesEveryChangeThatTookEffectThatDay()
    {
        Assert.True(AsOf.TryParse("2025-12-31", _time, out var winter, out _));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 5, 0, 0, TimeSpan.Zero), winter.Instant.AddTicks(1));
        Assert.True(AsOf.TryParse("2025-05-14", _time, out var asOf, out _));

        Assert.True(asOf.Instant > Instants.EffectiveOn("2025-05-14"));
        Assert.True(asOf.Instant < Instants.EffectiveOn("2025-05-15"));
    }

    [Theory]
    [InlineData("yesterday", "is not a date")]
    [InlineData("2025-13-01", "is not a date")]
    [InlineData("10/04/2025", "YYYY-MM-DD")]
    [InlineData("<script>alert(1)</script>", "is not a date")]
    [InlineData("2024-12-31", "before 2025-01-01")]
    [InlineData("2099-01-01", "too far in the future")]
    public void BadDatesAreRefusedWithAMessageThatSaysWhatToDo(string text, string expected)
    {
        Assert.False(AsOf.TryParse(text, _time, out var asOf, out var error));

        Assert.NotNull(error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.True(asOf.IsNow);
    }

    [Fact]
    public void ADateUpToAYearAheadIsAccepted()
    {
        Assert.True(AsOf.TryParse("2027-11-01", _time, out var asOf, out _));
        Assert.Equal(new DateOnly(2027, 11, 1), asOf.Date);
    }

    [Fact]
    public void AVeryLongInputIsShortenedInTheMessage()
    {
        Assert.False(AsOf.TryParse(new string('x', 5000), _time, out _, out var error));

        Assert.True(error!.Length < 200);
    }
}
