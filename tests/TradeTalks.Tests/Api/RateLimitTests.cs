using System.Net;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Api;

public sealed class RateLimitTests
{
    [Fact]
    public async Task OverTheLimitTheApiAndFeedsAnswer429WithRetryAfterAndTheDashboardStillServes()
    {
        await using var app = new TradeTalksAppFactory("Development", ("OpenData:RateLimit:PermitLimit", "3"), ("OpenData:RateLimit:WindowSeconds", "30"));
        using var client = app.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/talks?asOf=2025-06-1{i}")).StatusCode);
        }

        var refused = await client.GetAsync("/api/v1/talks?asOf=2025-06-05");
        var feed = await client.GetAsync("/calendar.ics");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 30);
        Assert.Contains("Wait", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, feed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tariffs")).StatusCode);
    }
}
