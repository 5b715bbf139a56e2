using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace TradeTalks.EndToEnd.Support;

/// <summary>
/// Another site, on a port (and a host name) of its own: one article page with the given embed code in it, as a
/// newsroom would paste it. The browser treats it as another origin than the app's.
/// </summary>
public sealed class NewsroomSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private NewsroomSite(WebApplication app, string address) => (_app, Address) = (app, address);

    /// <summary>The article's address: http://localhost:PORT/article (the app is at 127.0.0.1).</summary>
    public string Address { get; }

    public static async Task<NewsroomSite> StartAsync(string embedCode)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var article =
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Where the trade talks stand</title><link rel=\"icon\" href=\"data:,\"></head>" +
            "<body><main><h1>Where the trade talks stand</h1><p>The figures below come from TradeTalks.</p>" +
            embedCode + "</main></body></html>";
        app.MapGet("/article", () => Results.Content(article, "text/html; charset=utf-8"));
        await app.StartAsync();
        var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new NewsroomSite(app, $"http://localhost:{bound.Port}/article");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
