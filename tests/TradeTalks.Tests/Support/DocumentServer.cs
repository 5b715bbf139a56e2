using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TradeTalks.Tests.Support;

/// <summary>
/// A web server of the test's own on 127.0.0.1, standing in for the sites sources live on: each path answers as the test
/// says (a document, a redirect, a status, a slow or a large answer), and can be changed between checks. It records the
/// requests it was sent.
/// </summary>
public sealed class DocumentServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _paths = new(StringComparer.Ordinal);

    private DocumentServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public ConcurrentQueue<(string Path, string? UserAgent, string? Cookie, string? Authorization)> Requests { get; } = new();

    public static async Task<DocumentServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new DocumentServer(builder.Build());
        server._app.Run(context =>
        {
            var headers = context.Request.Headers;
            server.Requests.Enqueue((context.Request.Path, headers.UserAgent.ToString(), headers.Cookie.FirstOrDefault(), headers.Authorization.FirstOrDefault()));
            if (server._paths.TryGetValue(context.Request.Path, out var answer))
            {
                return answer(context);
            }

            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        });
        await server._app.StartAsync();
        server.BaseAddress = new Uri(server._app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public void Document(string path, string text, string type = "text/html; charset=utf-8") => _paths[path] = async context =>
    {
        context.Response.ContentType = type;
        context.Response.Headers.SetCookie = "visitor=1; Path=/";
        await context.Response.WriteAsync(text);
    };

    public void Redirect(string path, string to, int status = 302) => _paths[path] = context =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = to;
        context.Response.Headers.SetCookie = "visitor=1; Path=/";
        return Task.CompletedTask;
    };

    public void Status(string path, int status) => _paths[path] = context =>
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    };

    /// <summary>An answer whose headers come at once and whose body takes <paramref name="delay"/>.</summary>
    public void Slow(string path, TimeSpan delay) => _paths[path] = async context =>
    {
        context.Response.ContentType = "text/html";
        await context.Response.WriteAsync("<p>start");
        await context.Response.Body.FlushAsync();
        try
        {
            await Task.Delay(delay, context.RequestAborted);
            await context.Response.WriteAsync("end</p>");
        }
        catch (OperationCanceledException)
        {
        }
    };

    /// <summary>A body of <paramref name="bytes"/> bytes, sent without a length (chunked) unless <paramref name="declareLength"/>.</summary>
    public void Large(string path, long bytes, bool declareLength = false) => _paths[path] = async context =>
    {
        context.Response.ContentType = "application/octet-stream";
        if (declareLength)
        {
            context.Response.ContentLength = bytes;
        }

        var chunk = new byte[64 * 1024];
        try
        {
            for (long sent = 0; sent < bytes; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, bytes - sent)), context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
        }
    };

    public void Remove(string path) => _paths.TryRemove(path, out _);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
