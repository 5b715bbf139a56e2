using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using TradeTalks.Web.Extensions;

namespace TradeTalks.Web.Accounts;

/// <summary>Sign-in attempts each client address may make (SignIn:RateLimit in configuration).</summary>
public sealed class SignInRateLimit : ClientRateLimit
{
    public SignInRateLimit() => PermitLimit = 10;
}

/// <summary>
/// How many sign-ins one client address may try in a window. It takes the place of locking an account after wrong
/// passwords, which let anyone who knew an editor's address lock them out. The sign-in page asks it, rather than the
/// rate-limiting middleware, so that a refused attempt gets the same form back with a message. The count is kept per
/// instance: behind nginx (<c>ip_hash</c>) one address reaches one instance.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SignInThrottle(IOptions<SignInRateLimit> options)
    {
        Window = options.Value.Window;
        _limiter = PartitionedRateLimiter.Create<string, string>(options.Value.For);
    }

    public TimeSpan Window { get; }

    /// <summary>What a refused attempt is told.</summary>
    public string Message => $"Too many sign-in attempts from your address; wait {Words(Window)} and try again.";

    /// <summary>Counts an attempt from the request's client; null when it may go ahead, else how long to wait.</summary>
    public TimeSpan? Refuse(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : Window;
    }

    public void Dispose() => _limiter.Dispose();

    private static string Words(TimeSpan span) => span.TotalSeconds switch
    {
        60 => "a minute",
        var seconds when seconds % 60 == 0 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:0} minutes"),
        var seconds => string.Create(CultureInfo.InvariantCulture, $"{seconds:0} seconds"),
    };
}
