using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Extensions;

namespace TradeTalks.Tests.Host;

/// <summary>
/// How long nginx's microcache may keep an instance's answer (decision 23): a second, and not past the instance's next
/// look for writes made elsewhere by more than the rest of that look's second, so that a change shows through nginx
/// within a second of showing on the instance, while nginx never stores a copy already stale.
/// </summary>
public sealed class MicrocacheExpiryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 1, 0, 10, 300, TimeSpan.Zero);

    [Fact]
    public void FarFromTheNextCheckACopyIsKeptForTheNextSecondAtMost()
    {
        var until = MicrocacheExpiry.Until(Now, Now.AddSeconds(4));

        Assert.Equal(Now.ToUnixTimeSeconds() + 1, until);
    }

    [Fact]
    public void ACopyTakenJustBeforeTheNextCheckIsStaleBeforeTheCheckBringsAChange()
    {
        var check = Now.AddSeconds(1.2);

        var until = MicrocacheExpiry.Until(Now, check);

        // nginx holds a copy fresh through the whole second it is told; the next second begins no later than the check.
        Assert.True(DateTimeOffset.FromUnixTimeSeconds(until + 1) <= check);
    }

    [Fact]
    public void ACopyTakenInTheChecksOwnSecondIsFreshToTheEndOfThatSecondAndNeverStoredAlreadyStale()
    {
        // Now is 10.3 s; the check comes at 10.8 s, in the same whole second.
        var until = MicrocacheExpiry.Until(Now, Now.AddSeconds(0.5));

        // Stored already stale, nginx would ask the instance again on every request for the address until the check.
        Assert.Equal(Now.ToUnixTimeSeconds(), until);
    }

    [Fact]
    public void ACopyTakenWhileACheckRunsLateIsFreshNoLongerThanTheEndOfTheCurrentSecond()
    {
        var until = MicrocacheExpiry.Until(Now, Now.AddSeconds(-2.5));

        Assert.Equal(Now.ToUnixTimeSeconds(), until);
    }

    [Fact]
    public void ACopyTakenInTheSecondBeforeTheChecksIsStaleWhenTheChecksSecondBegins()
    {
        var check = new DateTimeOffset(2026, 12, 7, 1, 0, 11, 200, TimeSpan.Zero);

        var until = MicrocacheExpiry.Until(Now, check);

        Assert.Equal(Now.ToUnixTimeSeconds(), until);
        Assert.True(DateTimeOffset.FromUnixTimeSeconds(until + 1) <= check);
    }

    [Fact]
    public async Task AReadingPageTellsNginxToKeepItNoLongerThanUntilTheInstanceNextLooksForWrites()
    {
        await using var app = new TradeTalksAppFactory();
        using var client = app.CreateClient();
        var nextCheck = app.Services.GetRequiredService<NextStoreCheck>();
        for (var i = 0; i < 200 && nextCheck.At is null; i++)
        {
            await Task.Delay(50);
        }

        var page = await client.GetAsync("/timeline");
        var cached = await client.GetAsync("/timeline");

        foreach (var answer in new[] { page, cached })
        {
            var value = Assert.Single(answer.Headers.GetValues(MicrocacheExpiry.Header));
            var until = long.Parse(value.TrimStart('@'), CultureInfo.InvariantCulture);
            // The host's clock stands still (the factory's FakeTimeProvider), and its watcher looked once, at start: the
            // next look is five seconds ahead, so a copy may be kept for the next second, which ends before that look.
            var now = app.Time.GetUtcNow().ToUnixTimeSeconds();
            Assert.Equal(now + 1, until);
            Assert.True(until < nextCheck.At!.Value.ToUnixTimeSeconds(), $"nginx may keep the page until {until}, past the next check at {nextCheck.At}");
        }
    }
}
