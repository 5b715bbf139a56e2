using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// What running the dashboard in front of readers needs beyond the pages: health probes, a proxy's forwarded headers,
/// security headers, a correlation id on every request, HTTPS, a cap on live connections per client, and the public
/// address absolute links name.
/// </summary>
public static class OperationsExtensions
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<StoreReadinessCheck>("store", tags: [ReadyTag]);

        // Behind a proxy the client's address and scheme arrive in X-Forwarded-For and -Proto. They are believed only
        // from the proxies named in Proxy:KnownProxies / Proxy:KnownNetworks (loopback when none is named).
        var proxy = builder.Configuration.GetSection("Proxy");
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = proxy.GetValue("ForwardLimit", 1);
            foreach (var address in proxy.GetSection("KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(Parse<IPAddress>(address, (string text, out IPAddress value) => IPAddress.TryParse(text, out value!), "Proxy:KnownProxies"));
            }

            foreach (var network in proxy.GetSection("KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(Parse<System.Net.IPNetwork>(network, System.Net.IPNetwork.TryParse, "Proxy:KnownNetworks"));
            }
        });

        // A client may hold this many live connections to the editors' desk at once; more are refused (429) before
        // they cost a circuit. Readers open none.
        var perClient = Math.Max(1, builder.Configuration.GetValue("Dashboard:MaxCircuitsPerClient", 10));
        builder.Services.AddRateLimiter(options => options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsCircuitConnection(context.Request)
                ? RateLimitPartition.GetConcurrencyLimiter(ClientKey(context), _ => new ConcurrencyLimiterOptions { PermitLimit = perClient, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("")));

        builder.Services.AddSingleton<SecurityHeaders>();
        PublicAddress.AddPublicAddress(builder);
        builder.Services.AddSingleton<LiveConnectionOrigin>();

        // Which server software answers is nobody's business but the attacker's.
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);

        // Memory a burst of requests left committed goes back to the system once the app is idle (decision 16).
        builder.Services.AddSingleton(builder.Configuration.GetSection("Memory:IdleTrim").Get<IdleMemoryTrimOptions>() ?? new IdleMemoryTrimOptions());
        builder.Services.AddHostedService<IdleMemoryTrimService>();

        AddHttpsRedirection(builder);
        return builder;
    }

    /// <summary>Runs first: what follows sees the real client and scheme, and logs with the request's correlation id.</summary>
    public static WebApplication UseOperations(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<CorrelationId>();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<LiveConnectionOrigin>();

        // Outside Development, HTTPS is required and remembered (HSTS). Behind a proxy that ends TLS and forwards the
        // scheme both still hold; set Https:Redirect / Https:Hsts to false where the proxy does it itself.
        var development = app.Environment.IsDevelopment();
        if (app.Configuration.GetValue("Https:Hsts", !development))
        {
            app.UseHsts();
        }

        if (app.Configuration.GetValue("Https:Redirect", !development))
        {
            // Probes come from the orchestrator or the proxy straight to the instance, over plain HTTP.
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health"), branch => branch.UseHttpsRedirection());
        }

        app.UseMiddleware<StoreGate>();
        return app;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        // Live: the process answers. Ready: the store can be read (reachable, migrations applied); 503 with the reason when not.
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return app;
    }

    /// <summary>
    /// Where plain HTTP is sent. Without an HTTPS port the redirect quietly does nothing, so in Production a redirect
    /// with no port to send to stops the start with what to set. The port is taken from Https:Port, else the
    /// HTTPS_PORT / HTTPS_PORTS settings, else an https:// address the app listens on (urls, Kestrel:Endpoints).
    /// </summary>
    private static void AddHttpsRedirection(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (!configuration.GetValue("Https:Redirect", !builder.Environment.IsDevelopment()))
        {
            return;
        }

        var port = HttpsPort(configuration);
        if (port is not null)
        {
            builder.Services.AddHttpsRedirection(options => options.HttpsPort = port);
        }
        else if (builder.Environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Plain HTTP is to be redirected to HTTPS (Https:Redirect), but no HTTPS port is known. Set Https:Port " +
                "(Https__Port=443 behind a proxy that ends TLS on 443), listen on an https:// address, or set " +
                "Https:Redirect to false where the proxy redirects to HTTPS itself.");
        }
    }

    private static int? HttpsPort(IConfiguration configuration)
    {
        foreach (var setting in new[] { configuration["Https:Port"], configuration["HTTPS_PORT"], configuration["HTTPS_PORTS"]?.Split(';')[0] })
        {
            if (!string.IsNullOrWhiteSpace(setting))
            {
                return int.TryParse(setting, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
                    ? port
                    : throw new InvalidOperationException($"The HTTPS port is set to \"{setting}\", which is not a port number (1 to 65535).");
            }
        }

        var addresses = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(endpoint => endpoint["Url"] ?? ""));
        var https = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        if (https is null)
        {
            return null;
        }

        // https://+:7443 and https://*:7443 are not URIs; the port is what matters.
        return Uri.TryCreate(https.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            ? uri.Port
            : null;
    }

    /// <summary>Probes answer often; only a failing one is worth a line in the request log.</summary>
    public static bool IsQuietProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/health") && context.Response.StatusCode < 400;

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(entry => new { name = entry.Key, status = entry.Value.Status.ToString(), reason = entry.Value.Description }),
        }, JsonSerializerOptions.Web, context.RequestAborted);
    }

    private static bool IsCircuitConnection(HttpRequest request) =>
        request.Path.StartsWithSegments("/_blazor") && !request.Path.StartsWithSegments("/_blazor/negotiate") &&
        !request.Path.StartsWithSegments("/_blazor/initializers");

    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private delegate bool TryParse<T>(string text, out T value);

    private static T Parse<T>(string text, TryParse<T> parse, string setting) => parse(text, out var value)
        ? value
        : throw new InvalidOperationException($"{setting} holds \"{text}\", which is not an IP address or network (10.0.0.2, 10.0.0.0/8).");
}
