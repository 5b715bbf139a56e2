using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using Scalar.AspNetCore;
using TradeTalks.DataSets;
using TradeTalks.History;
using TradeTalks.Time;
using TradeTalks.Web.Extensions;
using TradeTalks.Web.Feeds;

namespace TradeTalks.Web.Api;

/// <summary>Limits for the API and feeds, per client address (OpenData:RateLimit in configuration).</summary>
public sealed class OpenDataRateLimit : ClientRateLimit
{
    public OpenDataRateLimit() => PermitLimit = 120;
}

/// <summary>
/// The open-data surface: the API, its OpenAPI document and reference, the feeds, and how they behave as public
/// endpoints (conditional requests, output caching evicted by writes, rate limits, CORS for GET).
/// </summary>
public static class OpenDataExtensions
{
    public const string Policy = "OpenData";

    /// <summary>Every cached API or feed response carries this tag; a write to the store evicts them all.</summary>
    public const string StoreTag = "store";

    public static WebApplicationBuilder AddOpenData(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new UtcInstantJsonConverter()));
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "TradeTalks API";
            document.Info.Description =
                "The US–China trade talks as data: talks, people, tariff layers and rates, truce windows and status, measures, commitments, " +
                "indicators, statements, claims, sources and the timeline. Every list and figure answers for asOf (YYYY-MM-DD, the end of that " +
                "day in US Eastern time); without it, for now. Bad input gets RFC 9457 problem details naming the parameter.";
            return Task.CompletedTask;
        }));
        services.AddCors(options => options.AddPolicy(Policy, policy => policy
            .AllowAnyOrigin().WithMethods("GET", "HEAD").AllowAnyHeader().WithExposedHeaders("ETag", "Last-Modified", "Retry-After", "Content-Disposition")));

        var limit = builder.Configuration.GetSection("OpenData:RateLimit").Get<OpenDataRateLimit>() ?? new OpenDataRateLimit();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => limit.For(context.Connection.RemoteIpAddress?.ToString()));
            options.OnRejected = async (context, cancellationToken) =>
            {
                if (context.HttpContext.Request.Path.StartsWithSegments("/_blazor"))
                {
                    // The cap on live connections per client (OperationsExtensions): no wait would help.
                    await TypedResults.Problem(
                        "Too many live connections to the editors' desk come from your address. Close some of its tabs and reload.",
                        statusCode: StatusCodes.Status429TooManyRequests, title: "Too many connections").ExecuteAsync(context.HttpContext);
                    return;
                }

                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limit.Window;
                var seconds = (int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem(
                    $"More than {limit.PermitLimit} requests in {limit.WindowSeconds} seconds came from your address. Wait {seconds} seconds and try again.",
                    statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests").ExecuteAsync(context.HttpContext);
            };
        });
        services.AddSingleton<CachedSinceWrite>();
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(TimeSpan.FromSeconds(60)).SetVaryByQuery("*").Tag(StoreTag).AddPolicy<CachedSinceWrite>()));
        // A page a write drops is served as it was for a moment while its successor renders, rather than holding every reader.
        services.AddStaleWhileRendering();
        services.AddSingleton<IStoreWriteObserver, EvictCachedOpenData>();
        return builder;
    }

    public static WebApplication MapOpenData(this WebApplication app)
    {
        app.MapOpenApi().CacheOutput(Policy).RequireCors(Policy);
        // Served from the app alone: no web fonts, telemetry, agent or hosted developer tools, which would call out of a closed network.
        app.MapScalarApiReference("/api", options => options
            .WithTitle("TradeTalks API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            .ExpandAllTags());
        var api = app.MapApi();
        api.RequireCors(Policy).RequireRateLimiting(Policy).CacheOutput(Policy).AddEndpointFilter(ConditionalRequest);
        api.ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);
        app.MapFeeds();
        return app;
    }

    /// <summary>
    /// ETag and Last-Modified from the store's latest write (and, for answers about "now", the day), and 304 when the
    /// client already holds that version. The ETag also names the build that answered (<see cref="BuildFingerprint"/>):
    /// a deploy may change an answer without a write.
    /// </summary>
    public static async ValueTask<object?> ConditionalRequest(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var latest = await http.RequestServices.GetRequiredService<HistoryService>().LatestAsync(http.RequestAborted);
        var time = http.RequestServices.GetRequiredService<TimeProvider>();
        var hasAsOf = http.Request.Query.ContainsKey("asOf") || http.Request.Query.ContainsKey("at");
        if (!hasAsOf && http.Request.Path.StartsWithSegments($"{ApiEndpoints.Prefix}/truce/status"))
        {
            // The time left changes every second: no validator, and no cached copy.
            return await next(context);
        }

        var today = Zones.UsEastern.DayOf(time.GetUtcNow());
        var version = latest?.Id ?? 0;
        var etag = new EntityTagHeaderValue($"\"{version}{(hasAsOf ? "" : $"-{today:yyyyMMdd}")}-{BuildFingerprint.Current}\"", isWeak: true);
        var lastModified = latest?.At ?? DateTimeOffset.UnixEpoch;
        if (!hasAsOf && Zones.UsEastern.StartOfDay(today) > lastModified)
        {
            lastModified = Zones.UsEastern.StartOfDay(today);
        }

        lastModified = new DateTimeOffset(lastModified.UtcDateTime.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
        var headers = http.Response.GetTypedHeaders();
        var request = http.Request.GetTypedHeaders();
        var notModified = request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false))
            : request.IfModifiedSince is { } since && lastModified <= since;
        headers.ETag = etag;
        headers.LastModified = lastModified;
        if (notModified)
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return await next(context);
    }

    /// <summary>Drops every cached page, API and feed answer after a write, so the next request reads the store.</summary>
    private sealed class EvictCachedOpenData(IOutputCacheStore store, CachedSinceWrite since, TimeProvider time, ILogger<EvictCachedOpenData> logger)
        : IStoreWriteObserver
    {
        public async Task StoreWrittenAsync()
        {
            since.WriteSeen();
            await store.EvictByTagAsync(StoreTag, CancellationToken.None);
            _ = EvictOnceMoreAsync();
        }

        // A response that had begun before the write was seen is stored when it ends: drop what was stored meanwhile.
        private async Task EvictOnceMoreAsync()
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(2), time);
                await store.EvictByTagAsync(StoreTag, CancellationToken.None);
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Could not drop the cached pages a second time after a write; they expire within a minute");
            }
        }
    }
}

/// <summary>Instants in the API as UTC to the second, ISO 8601: 2025-08-12T04:01:00Z.</summary>
public sealed class UtcInstantJsonConverter : System.Text.Json.Serialization.JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture);

    public override void Write(System.Text.Json.Utf8JsonWriter writer, DateTimeOffset value, System.Text.Json.JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
}
