using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Extensions;

namespace TradeTalks.Tests.Products;

/// <summary>The product page before the product data is read, and when it cannot be: a message and no figures, never kept.</summary>
public sealed class ProductPageLoadingTests : IAsyncLifetime
{
    // Without LoadProducts the catalogue stays loading for the host's whole life.
    private readonly TradeTalksAppFactory _factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task WhileTheDataIsReadThePageSaysToReloadInAFewSecondsWithA503()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/products/6109100012");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Contains("The product data is still being read", html, StringComparison.Ordinal);
        Assert.Contains("Reload the page in a few seconds", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"product-total\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheDataCannotBeReadThePageSaysSoWithTheReason()
    {
        await using var app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton(new ProductDataSource(_ => Task.FromResult<Stream>(new MemoryStream("{ not json"u8.ToArray()))))));
        using var client = app.CreateClient();
        await TradeTalksAppFactory.ProductsReadAsync(app.Services);

        var response = await client.GetAsync("/products/6109100012");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("The product data could not be read", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"product-total\"", html, StringComparison.Ordinal);
    }
}
