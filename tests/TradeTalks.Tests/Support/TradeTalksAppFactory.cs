using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace TradeTalks.Tests.Support;

/// <summary>
/// The real host over a temporary SQLite file of its own, with a clock the test controls and, where a test needs them,
/// <paramref name="settings"/> of its own (configuration keys, as in appsettings.json, applied last).
/// </summary>
public class TradeTalksAppFactory(string environment = "Development", params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = StoreFiles.NewPath();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 29, 15, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:TradeTalks", $"Data Source={DatabasePath}");
        // Host tests count the queries a request runs; the start's warm-up would run its own beside them.
        builder.UseSetting("Store:WarmUp", "false");
        if (environment != "Development")
        {
            // Outside Development the dashboard needs the address readers use (PublicAddressTests).
            builder.UseSetting("Dashboard:PublicBaseUrl", "https://localhost/");
        }

        // Outside Development the host will not start without knowing where to redirect plain HTTP.
        builder.UseSetting("Https:Port", "443");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time));
            if (!LoadProducts)
            {
                services.Replace(ServiceDescriptor.Singleton(new TradeTalks.Web.Extensions.ProductDataSource(ProductDataNeverComesAsync)));
            }
        });
    }

    /// <summary>
    /// Whether the host reads the bundled product data (3.6 MB, twenty thousand lines indexed) once it has started. Off
    /// unless a test asks: every host would otherwise spend a few hundred milliseconds of CPU on it, beside the test, and
    /// its product catalogue stays "loading". The product tests load it, or data of their own.
    /// </summary>
    public bool LoadProducts { get; init; }

    /// <summary>Waits until this host has read its product data, or failed to (<see cref="ProductsReadAsync(IServiceProvider)"/>).</summary>
    public Task ProductsReadAsync() => ProductsReadAsync(Services);

    /// <summary>
    /// Waits until the host whose services these are has read its product data, or failed to: the host reads it in the
    /// background once it has started, and a product page or answer is a 503 until then. Half a minute at most, then the
    /// test fails saying so, rather than going on to assert against a catalogue still loading.
    /// </summary>
    public static async Task ProductsReadAsync(IServiceProvider services)
    {
        var catalogue = services.GetRequiredService<TradeTalks.Products.ProductCatalogue>();
        for (var waited = 0; catalogue.State == TradeTalks.Products.ProductCatalogueState.Loading; waited += 50)
        {
            if (waited >= 30_000)
            {
                throw new TimeoutException("The host had not read its product data after 30 s.");
            }

            await Task.Delay(50);
        }
    }

    private static async Task<Stream> ProductDataNeverComesAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new OperationCanceledException(cancellationToken);
    }

    /// <summary>
    /// Starts the host and waits for its store to be brought up to date (which it does in the background), so that a
    /// test reading the store right away finds it migrated and seeded, as a request would.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        var state = host.Services.GetRequiredService<TradeTalks.Store.StoreState>();
        if (WaitForStore && !state.Serving.Wait(TimeSpan.FromSeconds(60)))
        {
            throw new TimeoutException($"The store did not come up within a minute: {state.UnavailableReason}");
        }

        return host;
    }

    /// <summary>False for tests of a store that does not come up (busy, unreachable, waiting for migrations).</summary>
    public bool WaitForStore { get; init; } = true;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        StoreFiles.Delete(DatabasePath);

        GC.SuppressFinalize(this);
    }
}
