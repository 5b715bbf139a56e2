using System.Net;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Products;

/// <summary>/products and /tariffs while the product data is still being read after a start (it never comes here).</summary>
public sealed class ProductSearchLoadingTests : IAsyncLifetime
{
    private readonly TradeTalksAppFactory _factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task WhileTheDataLoadsTheSearchSaysSoAndAsksToComeBackInAFewSeconds()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/products?q=6109");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The product data is still being read after a restart. Reload the page in a few seconds.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"product-result\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhileTheDataLoadsTariffsServesWithoutProductLinksAndIsNotCached()
    {
        using var client = _factory.CreateClient();

        var first = await client.GetAsync("/tariffs?asOf=2025-06-01");
        var again = await client.GetAsync("/tariffs?asOf=2025-06-01");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.DoesNotContain("/products?programme=", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(again.Headers.Age);
    }
}
