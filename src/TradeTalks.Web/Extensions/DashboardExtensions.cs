using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using MudBlazor.Services;
using Serilog;
using TradeTalks.Time;
using TradeTalks.Web.Accounts;
using TradeTalks.Web.Api;
using TradeTalks.Web.Charts;
using TradeTalks.Web.Components;
using TradeTalks.Web.Editing;
using TradeTalks.Web.Embeds;
using TradeTalks.Web.Preferences;
using TradeTalks.Web.Published;

namespace TradeTalks.Web.Extensions;

public static class DashboardExtensions
{
    /// <summary>The Blazor Server dashboard and its MudBlazor components.</summary>
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        // The editors' desk is the only interactive part. Its limits are set on purpose, after Microsoft's threat
        // mitigation guidance for interactive server rendering: small messages, few and short-lived disconnected
        // circuits, no exception details to the browser outside Development (and a cap on live connections per
        // client in AddOperations).
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents(options =>
            {
                options.DetailedErrors = development;
                options.DisconnectedCircuitMaxRetained = 50;
                options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(3);
                options.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(30);
                options.MaxBufferedUnacknowledgedRenderBatches = 10;
            })
            // 64 KB: a record's JSON typed into an entry form arrives in one message. Files come in chunks of their own.
            .AddHubOptions(options => options.MaximumReceiveMessageSize = 64 * 1024);
        // The form-token cookie is Secure whenever the page came over HTTPS (ASP.NET Core's default never marks it).
        builder.Services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddMudServices();
        builder.Services.AddSingleton<Components.Layout.ThemeStylesheets>();
        // An embed's error answers in its frame; any other goes to /Error (UseDashboard).
        builder.Services.AddExceptionHandler<EmbedErrors>();
        builder.Services.AddScoped<Components.Shared.AsOfState>();

        // Reading pages are the same for every anonymous reader of an address, theme and day: rendered once a minute at
        // most, and dropped as soon as the store changes (the "store" tag, evicted after every write). Signed-in
        // editors and responses that set a cookie are never cached (the output cache's default rules).
        builder.Services.AddOutputCache(options => options.AddPolicy(PagesCachePolicy, policy => policy
            .Expire(TimeSpan.FromSeconds(60))
            .SetVaryByQuery("*")
            .VaryByValue(context => new KeyValuePair<string, string>("theme", ReaderPreferences.Theme(context)))
            .VaryByValue(context => new KeyValuePair<string, string>("day",
                Zones.UsEastern.DayOf(context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()).ToString("O")))
            .Tag(OpenDataExtensions.StoreTag)
            .AddPolicy<CachedSinceWrite>()));

        // Pages, JSON, CSV and feeds are compressed as they are sent; static assets are served already compressed by
        // MapStaticAssets. Not over HTTPS by default (BREACH): behind a TLS proxy the proxy compresses, or set
        // Dashboard:CompressHttps.
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = builder.Configuration.GetValue<bool>("Dashboard:CompressHttps");
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["image/svg+xml", "application/problem+json", "text/csv", "text/calendar", "application/atom+xml"]);
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return builder;
    }

    /// <summary>Whether pages and open data are output-cached (default true).</summary>
    public const string OutputCacheKey = "Dashboard:OutputCache";

    /// <summary>The output-cache policy of the reading pages (applied through <see cref="Components.Shared.DashboardPage"/>).</summary>
    public const string PagesCachePolicy = "Pages";

    public static WebApplication UseDashboard(this WebApplication app)
    {
        app.UseOperations();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseResponseCompression();
        app.UseSerilogRequestLogging(options =>
        {
            // Probes that pass are not worth a line each; one that fails is.
            options.GetLevel = (context, _, exception) => exception is null && OperationsExtensions.IsQuietProbe(context)
                ? Serilog.Events.LogEventLevel.Verbose
                : context.Response.StatusCode >= 500 || exception is not null ? Serilog.Events.LogEventLevel.Error : Serilog.Events.LogEventLevel.Information;
        });
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        // Dashboard:OutputCache (default true): false renders every request, to measure a render (bench/) or to rule the
        // cache out while looking into a page. Evictions after writes still run; they find nothing to drop.
        if (app.Configuration.GetValue(OutputCacheKey, true))
        {
            app.UseOutputCache();
        }

        app.UsePublishedReading();

        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>()
            // SecurityHeaders' policy already forbids framing (frame-ancestors 'none'); no second, looser header.
            .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null)
            .WithReadingPages(app.Services);
        app.MapAccountEndpoints();
        app.MapReaderPreferences();
        app.MapEditorEndpoints();
        app.MapOpenData();
        app.MapEmbeds();
        app.MapChartImages();
        app.MapOperations();
        return app;
    }
}
