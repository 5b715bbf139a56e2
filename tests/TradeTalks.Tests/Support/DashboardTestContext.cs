using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using TradeTalks.Store;

namespace TradeTalks.Tests.Support;

/// <summary>
/// bUnit context for dashboard components: MudBlazor with loose JS interop, the store's services over a seeded
/// temporary SQLite file, and a fake clock.
/// </summary>
public abstract class DashboardTestContext : BunitContext, IAsyncLifetime
{
    /// <summary>29 November 2026, 15:00 UTC: after the last truce deadline on record.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 29, 15, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A page's first render reads a fresh SQLite store, and the first test of a run also builds EF Core's model and
    /// compiles its queries: seconds on a loaded machine, beyond bUnit's default wait of one second.
    /// </summary>
    static DashboardTestContext() => DefaultWaitTimeout = TimeSpan.FromSeconds(20);

    protected DashboardTestContext(DateTimeOffset? now = null)
    {
        Clock = new FakeTimeProvider(now ?? Today);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();

        // Readers by default: no one is signed in, so the "Edit" links stay hidden. A test signs an editor in with Authorization.
        Authorization = this.AddAuthorization();
    }

    protected BunitAuthorizationContext Authorization { get; }

    protected TestDatabase Database { get; private set; } = null!;

    protected FakeTimeProvider Clock { get; }

    public virtual async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateSeededAsync(Clock);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddTradeTalksStore(Database.ConnectionString);
        Services.AddScoped<TradeTalks.Web.Components.Shared.AsOfState>();
        // The product catalogue is never read here: /tariffs shows its layers without product links, as while it loads.
        Services.AddSingleton<TradeTalks.Products.ProductCatalogue>();
        Services.AddSingleton<TradeTalks.Products.ProductService>();
        Services.AddSingleton(new TradeTalks.Web.Extensions.PublicAddress(null));
        // The source checker as the app has it; its settings are given here, as a test has no configuration.
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new TradeTalks.SourceChecks.SourceCheckOptions()));
        TradeTalks.Web.Extensions.SourceCheckExtensions.AddSourceChecks(Services);
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
