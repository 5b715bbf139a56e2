using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Tests.Components;

/// <summary>A countdown counts to its deadline and, once past it, says how long ago it passed instead of showing zeros.</summary>
public sealed class CountdownTests : BunitContext
{
    private static readonly DateTimeOffset Deadline = new(2025, 8, 12, 4, 1, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Deadline.AddSeconds(-2));

    public CountdownTests() => Services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public void ADeadlinePassedBeforeTheAsOfDateSaysHowManyDaysAgo()
    {
        var countdown = Render<Countdown>(p => p
            .Add(c => c.Deadline, Deadline)
            .Add(c => c.At, Deadline.AddDays(12).AddHours(20)));

        Assert.Equal("Deadline passed 12 days ago", countdown.Find("[data-testid=countdown-passed]").TextContent);
        Assert.False(countdown.Find("[data-testid=countdown-passed]").HasAttribute("hidden"));
        Assert.Empty(countdown.FindAll("[data-testid=countdown-days]"));
        Assert.Equal("Deadline passed 12 days ago", countdown.Find("[data-testid=countdown]").GetAttribute("aria-label"));
    }

    [Fact]
    public void ALiveCountdownSaysTheDeadlinePassedOnceTheClockReachesIt()
    {
        var countdown = Render<Countdown>(p => p.Add(c => c.Deadline, Deadline).Add(c => c.Live, true));
        Assert.Equal("02", countdown.Find("[data-testid=countdown-seconds]").TextContent);
        // The line the browser's script fills in at zero is there, hidden, while the countdown runs.
        Assert.True(countdown.Find("[data-testid=countdown-passed]").HasAttribute("hidden"));

        _clock.Advance(TimeSpan.FromSeconds(3));
        countdown.Render();
        Assert.Equal("Deadline passed less than a day ago", countdown.Find("[data-testid=countdown-passed]").TextContent);
        Assert.Null(countdown.Find("[data-testid=countdown]").GetAttribute("data-countdown-deadline"));

        _clock.Advance(TimeSpan.FromDays(1));
        countdown.Render();
        Assert.Equal("Deadline passed 1 day ago", countdown.Find("[data-testid=countdown-passed]").TextContent);
    }

    [Theory]
    [InlineData(0, "Deadline passed less than a day ago")]
    [InlineData(23.9, "Deadline passed less than a day ago")]
    [InlineData(24, "Deadline passed 1 day ago")]
    [InlineData(47.9, "Deadline passed 1 day ago")]
    [InlineData(12 * 24 + 5, "Deadline passed 12 days ago")]
    public void HowLongAgoCountsWholeDays(double hours, string words) =>
        Assert.Equal(words, DeadlinePassed.Words(TimeSpan.FromHours(hours)));
}
