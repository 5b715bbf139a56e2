using Microsoft.Extensions.DependencyInjection.Extensions;
using TradeTalks.Products;

namespace TradeTalks.Web.Extensions;

public static class ProductExtensions
{
    /// <summary>
    /// The product catalogue, read from the bundled data in the background once the app has started (issue 26). A test
    /// may bring a <see cref="ProductDataSource"/> of its own.
    /// </summary>
    public static WebApplicationBuilder AddProducts(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ProductCatalogue>();
        builder.Services.TryAddSingleton(new ProductDataSource(_ => Task.FromResult(BundledProducts.OpenData())));
        builder.Services.AddHostedService<ProductCatalogueLoader>();
        builder.Services.AddSingleton<ProductService>();
        return builder;
    }
}

/// <summary>Where the catalogue reads its data: the bundled file, or a test's own.</summary>
public sealed class ProductDataSource(Func<CancellationToken, Task<Stream>> open)
{
    public Func<CancellationToken, Task<Stream>> Open { get; } = open;
}

/// <summary>
/// Loads the catalogue after the app has started and its store is up and warmed up, not during the start: the first
/// request is not kept waiting for twenty thousand product lines it may not need. On a fresh clone the store is created
/// and seeded first; read beside that, the lines took the two cores from it and the warm-up (docs/performance.md).
/// </summary>
public sealed class ProductCatalogueLoader(
    ProductCatalogue catalogue, ProductDataSource source, IHostApplicationLifetime lifetime, StoreStartup storeStartup, ILogger<ProductCatalogueLoader> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        // It ends once the store serves and the warm-up is done, or once the store has failed for good (the pages say so).
        if (storeStartup.ExecuteTask is { } store)
        {
            await store.WaitAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }

        await catalogue.LoadAsync(source.Open, stoppingToken);
        if (catalogue.Index is { } index)
        {
            logger.LogInformation("Product catalogue ready: {ProductLines} HTS10 lines up to {LastRevision}, read in {ProductMilliseconds} ms",
                index.Count, index.Data.LastRevision.Name, (long)catalogue.LoadTime.TotalMilliseconds);
        }
        else if (catalogue.Problem is { } problem)
        {
            logger.LogError("{ProductProblem}", problem);
        }
    }
}
