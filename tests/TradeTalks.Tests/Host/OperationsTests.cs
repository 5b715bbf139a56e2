using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Store;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Host;

/// <summary>
/// What operating the dashboard relies on: probes, security headers, correlation ids, a proxy's forwarded headers,
/// the cap on live connections, and how the host behaves when its store is not there.
/// </summary>
public sealed partial class OperationsTests
{
    [Fact]
    public async Task TheProbesSayTheProcessLivesAndTheStoreIsReady()
    {
        await using var app = new TradeTalksAppFactory();
        using var client = app.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal("store", report.GetProperty("checks")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task AnInstanceThatDoesNotMigrateIsNotReadyUntilTheMigrationsAreAppliedAndThenServes()
    {
        await using var app = new TradeTalksAppFactory("Development", ("Store:MigrateOnStart", "false"), ("Store:StartWaitSeconds", "0")) { WaitForStore = false };
        using var client = app.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var page = await client.GetAsync("/");
        var pageText = await page.Content.ReadAsStringAsync();
        // What the migrate verb does, from another process in production.
        await app.Services.GetRequiredService<StoreInitializer>().MigrateAsync();
        await app.Services.GetRequiredService<StoreInitializer>().SeedIfChangedAsync();
        var state = app.Services.GetRequiredService<StoreState>();
        for (var i = 0; i < 100 && !state.IsServing; i++)
        {
            app.Time.Advance(TimeSpan.FromSeconds(30)); // the start-up's retry waits on the app's clock
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("migration(s) are not applied", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.True(page.Headers.RetryAfter is not null, "a 503 says when to try again");
        Assert.Contains("run the migrate verb", pageText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Contains("data-testid=\"rate-us-on-cn\"", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADamagedStoreAtStartLeavesTheProcessLiveAndSaysWhyItIsNotReady()
    {
        await using var app = new TradeTalksAppFactory("Production", ("Store:StartWaitSeconds", "0"), ("Https:Redirect", "false")) { WaitForStore = false };
        await File.WriteAllTextAsync(app.DatabasePath, string.Concat(Enumerable.Repeat("Not a database. ", 500)));
        using var client = app.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");
        var page = await client.GetAsync("/timeline");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("damaged or is not a SQLite database", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("damaged or is not a SQLite database", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheStoreGoesAwayReadersGetAFriendlyMessageAndTheFiguresReturnWithIt()
    {
        await using var app = new TradeTalksAppFactory("Production", ("Https:Redirect", "false"));
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?before=1")).StatusCode);
        var away = app.DatabasePath + ".away";

        SqliteConnection.ClearAllPools();
        File.Move(app.DatabasePath, away);
        Directory.CreateDirectory(app.DatabasePath); // nothing SQLite can open, and nothing it would create a new store in
        var gone = await client.GetAsync("/tariffs?during=1");
        var goneText = await gone.Content.ReadAsStringAsync();
        var goneReady = await client.GetAsync("/health/ready");
        // The overview's figures were read a moment ago and nothing can have been written since: they are still shown.
        var overview = await client.GetAsync("/?during=1");

        Directory.Delete(app.DatabasePath);
        File.Move(away, app.DatabasePath);
        SqliteConnection.ClearAllPools();
        var back = await client.GetAsync("/tariffs?during=1");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, gone.StatusCode);
        Assert.Contains("not available right now", goneText, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", goneText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, goneReady.StatusCode);
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Contains("data-testid=\"rate-us-on-cn\"", await overview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains("data-testid=\"rate-us-on-cn\"", await back.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task AnEditMadeByAnotherInstanceReplacesCachedPagesWithinThePollInterval()
    {
        await using var app = new TradeTalksAppFactory("Development", ("Store:ChangePollSeconds", "5"));
        using var client = app.CreateClient();
        Assert.DoesNotContain("edited elsewhere", await client.GetStringAsync("/timeline?kind=Talk"), StringComparison.Ordinal);

        // Another instance on the same store (or the import verb) renames a talk.
        await using (var instances = new StoreInstances())
        {
            var elsewhere = instances.Start($"Data Source={app.DatabasePath}");
            var document = DataSetFiles.Read(DataSetFiles.With(d => d.Record("talks", "london-2025-06")["title"] = "London round, edited elsewhere"));
            Assert.True((await elsewhere.GetRequiredService<TradeTalks.DataSets.StoreWriter>().ApplyAsync(document, TradeTalks.DataSets.WriteMode.Upsert)).Written);
        }

        var cached = await client.GetStringAsync("/timeline?kind=Talk");
        var fresh = cached;
        for (var i = 0; i < 50 && !fresh.Contains("edited elsewhere", StringComparison.Ordinal); i++)
        {
            app.Time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(100);
            fresh = await client.GetStringAsync("/timeline?kind=Talk");
        }

        Assert.DoesNotContain("edited elsewhere", cached, StringComparison.Ordinal);
        Assert.Contains("London round, edited elsewhere", fresh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/timeline")]
    [InlineData("/health/live")]
    [InlineData("/api/v1/talks")]
    [InlineData("/favicon.svg")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path)
    {
        await using var app = new TradeTalksAppFactory();
        using var client = app.CreateClient();

        var response = await client.GetAsync(path);

        Assert.True(response.IsSuccessStatusCode, $"{path}: {response.StatusCode}");
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageScriptPolicyAllowsOnlyThisSiteAndTheImportMapThePageWrites()
    {
        await using var app = new TradeTalksAppFactory();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        var policy = Header(response, "Content-Security-Policy");

        var inline = InlineScript().Matches(html).Select(m => m.Groups["body"].Value).ToList();
        var importMap = Assert.Single(inline);
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap)));
        var scriptSources = Regex.Match(policy, "script-src ([^;]*)").Groups[1].Value;
        Assert.Equal($"'self' 'sha256-{hash}'", scriptSources);
        Assert.DoesNotMatch(@"<[a-z][^>]*\son[a-z]+\s*=", html); // no inline event handlers either
    }

    [Fact]
    public async Task TheDocumentedRollingFileSinkWritesStructuredRequestLogsWithTheCorrelationId()
    {
        var folder = Directory.CreateTempSubdirectory("tradetalks-logs-").FullName;
        var port = Ports.Free();
        // The app in a process of its own, set up as docs/production.md says, through environment variables.
        var start = TradeTalks.Tests.Commands.AppProcess.StartInfo(Path.Combine(folder, "store.db"), folder, "--urls", $"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Https__Redirect"] = "false";
        start.Environment["Dashboard__PublicBaseUrl"] = $"http://127.0.0.1:{port}/";
        start.Environment["Serilog__Using__0"] = "Serilog.Sinks.File";
        start.Environment["Serilog__WriteTo__0__Name"] = "File";
        start.Environment["Serilog__WriteTo__0__Args__path"] = Path.Combine(folder, "logs", "tradetalks-.log");
        start.Environment["Serilog__WriteTo__0__Args__rollingInterval"] = "Day";
        start.Environment["Serilog__WriteTo__0__Args__retainedFileCountLimit"] = "14";
        start.Environment["Serilog__WriteTo__0__Args__formatter"] = "Serilog.Formatting.Compact.RenderedCompactJsonFormatter, Serilog.Formatting.Compact";
        using var process = System.Diagnostics.Process.Start(start)!;
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            for (var i = 0; i < 120 && !await ReadyAsync(client); i++)
            {
                await Task.Delay(500);
            }

            Assert.Equal(HttpStatusCode.OK, (await Send(client, "/timeline", ("X-Correlation-ID", "from-the-proxy-42"))).StatusCode);
            string[] lines = [];
            for (var i = 0; i < 40 && !lines.Any(l => l.Contains("\"RequestPath\":\"/timeline\"", StringComparison.Ordinal)); i++)
            {
                await Task.Delay(250);
                lines = Directory.GetFiles(Path.Combine(folder, "logs"), "tradetalks-*.log").SelectMany(ReadShared).ToArray();
            }

            var request = Assert.Single(lines, line => line.Contains("\"RequestPath\":\"/timeline\"", StringComparison.Ordinal) && line.Contains("responded", StringComparison.Ordinal));
            Assert.Contains("\"CorrelationId\":\"from-the-proxy-42\"", request, StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<bool> ReadyAsync(HttpClient client)
    {
        try
        {
            return (await client.GetAsync("/health/ready")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static IEnumerable<string> ReadShared(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n');
    }


    [Fact]
    public async Task ARequestKeepsASensibleCorrelationIdAndGetsOneOtherwise()
    {
        await using var app = new TradeTalksAppFactory();
        using var client = app.CreateClient();

        var given = await Send(client, "/health/live", ("X-Correlation-ID", "nginx-4f2a9c"));
        var missing = await client.GetAsync("/health/live");
        var odd = await Send(client, "/health/live", ("X-Correlation-ID", "<script>alert(1)</script>"));

        Assert.Equal("nginx-4f2a9c", Header(given, "X-Correlation-ID"));
        Assert.Matches("^[0-9a-f]{32}$", Header(missing, "X-Correlation-ID"));
        Assert.Matches("^[0-9a-f]{32}$", Header(odd, "X-Correlation-ID"));
    }

    [Fact]
    public async Task ForwardedHeadersFromTheProxyGiveTheRealSchemeAndClient()
    {
        await using var app = new TradeTalksAppFactory("Production",
            ("OpenData:RateLimit:PermitLimit", "2"), ("OpenData:RateLimit:WindowSeconds", "60"), ("https_port", "443"));
        _ = app.Services;

        var overHttps = (await ThroughProxy(app, "/timeline", "https", "203.0.113.9")).Response;
        var overHttp = (await ThroughProxy(app, "/timeline", "http", "203.0.113.9")).Response;
        var probe = (await ThroughProxy(app, "/health/live", "http", "203.0.113.9")).Response;
        var firstClient = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            firstClient.Add((await ThroughProxy(app, "/api/v1/talks", "https", "203.0.113.9")).Response.StatusCode);
        }

        var secondClient = (await ThroughProxy(app, "/api/v1/talks", "https", "203.0.113.10")).Response;

        Assert.Equal(200, overHttps.StatusCode);
        Assert.True(overHttps.Headers.ContainsKey("Strict-Transport-Security"), "HSTS is sent over the HTTPS the proxy reports");
        Assert.Equal(307, overHttp.StatusCode);
        Assert.Equal("https://tradetalks.example/timeline", overHttp.Headers.Location.ToString());
        Assert.Equal(200, probe.StatusCode); // probes are answered over plain HTTP too
        Assert.Equal([200, 200, 429], firstClient);
        Assert.Equal(200, secondClient.StatusCode);
    }

    [Fact]
    public async Task AClientCannotHoldMoreLiveConnectionsThanItsShare()
    {
        await using var app = new TradeTalksAppFactory("Development", ("Dashboard:MaxCircuitsPerClient", "2"));
        using var client = app.CreateClient();
        var sockets = app.Server.CreateWebSocketClient();
        var held = new List<System.Net.WebSockets.WebSocket>();

        for (var i = 0; i < 2; i++)
        {
            held.Add(await sockets.ConnectAsync(await ConnectionAddress(client), CancellationToken.None));
        }

        var refused = await Assert.ThrowsAnyAsync<Exception>(async () => await sockets.ConnectAsync(await ConnectionAddress(client), CancellationToken.None));
        Assert.Contains("429", refused.Message, StringComparison.Ordinal);
        foreach (var socket in held)
        {
            socket.Abort();
        }
    }

    private static async Task<Uri> ConnectionAddress(HttpClient client)
    {
        var negotiated = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        negotiated.EnsureSuccessStatusCode();
        var token = (await negotiated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("connectionToken").GetString();
        return new Uri($"ws://localhost/_blazor?id={token}");
    }

    private static Task<Microsoft.AspNetCore.Http.HttpContext> ThroughProxy(TradeTalksAppFactory app, string path, string scheme, string client) =>
        app.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Path = path;
            context.Request.Scheme = "http";
            context.Request.Host = new Microsoft.AspNetCore.Http.HostString("tradetalks.example");
            context.Connection.RemoteIpAddress = IPAddress.Loopback; // nginx on the same machine
            context.Request.Headers["X-Forwarded-Proto"] = scheme;
            context.Request.Headers["X-Forwarded-For"] = client;
        });

    private static async Task<HttpResponseMessage> Send(HttpClient client, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"No {name} header");

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();
}
