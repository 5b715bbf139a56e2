using System.Threading.RateLimiting;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// How many requests one client address may make in a fixed window, as configuration gives it (SignIn:RateLimit,
/// OpenData:RateLimit). A limit or a window below one counts as one; nothing queues, a refused request is told to wait.
/// </summary>
public abstract class ClientRateLimit
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromSeconds(Math.Max(1, WindowSeconds));

    /// <summary>The limiter of one client address.</summary>
    public RateLimitPartition<string> For(string? address) => RateLimitPartition.GetFixedWindowLimiter(address ?? "unknown",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, PermitLimit), Window = Window, QueueLimit = 0 });
}
