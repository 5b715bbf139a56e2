using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Store;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Host;

public sealed class HostTests : IAsyncLifetime
{
    private readonly TradeTalksAppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task StartingTheHostCreatesMigratesAndSeedsTheStoreFile()
    {
        using var client = _app.CreateClient();

        Assert.True(File.Exists(_app.DatabasePath));
        var factory = _app.Services.GetRequiredService<IDbContextFactory<TradeTalksDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(11, await db.Talks.CountAsync());
    }

    [Fact]
    public async Task HomePageServesTheSeededRatesInItsFirstHtml()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"rate-cn-on-us\"", html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"rate-cn-on-us\"[^>]*>10<", html);
        Assert.Matches("data-testid=\"rate-us-on-cn\"[^>]*>0<", html);
    }

    [Fact]
    public async Task AnUnknownAddressAnswersNotFound()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
