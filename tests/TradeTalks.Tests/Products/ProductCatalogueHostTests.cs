using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Products;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Extensions;

namespace TradeTalks.Tests.Products;

/// <summary>The catalogue in the running app: it loads after the start, and the pages do not wait for it.</summary>
public sealed class ProductCatalogueHostTests : IAsyncLifetime
{
    private readonly TradeTalksAppFactory _factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task TheAppServesTheOverviewWhileTheCatalogueIsStillLoading()
    {
        var release = new TaskCompletionSource<Stream>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = _factory.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton(new ProductDataSource(_ => release.Task))));
        using var client = app.CreateClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var catalogue = app.Services.GetRequiredService<ProductCatalogue>();
        Assert.Equal(ProductCatalogueState.Loading, catalogue.State);
        Assert.Null(catalogue.Index);

        release.SetResult(BundledProducts.OpenData());
        await WaitUntilAsync(() => catalogue.State != ProductCatalogueState.Loading);
        Assert.Equal(ProductCatalogueState.Ready, catalogue.State);
        Assert.Equal("6109100012", catalogue.Index!.Find("6109.10.00.12")?.Hts10);
    }

    [Fact]
    public async Task UnreadableDataLeavesTheCatalogueFailedWithAReasonAndTheAppServing()
    {
        await using var app = _factory.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton(new ProductDataSource(_ => Task.FromResult<Stream>(new MemoryStream("{ not json"u8.ToArray()))))));
        using var client = app.CreateClient();
        var catalogue = app.Services.GetRequiredService<ProductCatalogue>();

        await WaitUntilAsync(() => catalogue.State != ProductCatalogueState.Loading);

        Assert.Equal(ProductCatalogueState.Failed, catalogue.State);
        Assert.StartsWith("The product data could not be read", catalogue.Problem, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task TheCatalogueStartsReadingOnlyOnceTheStoreIsUpAndWarmedUp()
    {
        // On a fresh clone the store is created and seeded first: read beside that, the lines slowed the first page.
        var storeDoneWhenRead = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(services => new ProductDataSource(_ =>
        {
            storeDoneWhenRead.TrySetResult(services.GetRequiredService<StoreStartup>().ExecuteTask?.IsCompleted == true);
            return Task.FromResult<Stream>(new MemoryStream("{ not json"u8.ToArray()));
        }))));
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        Assert.True(await storeDoneWhenRead.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition() && waited < 30_000; waited += 50)
        {
            await Task.Delay(50);
        }
    }
}
