using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Tests.Api;

/// <summary>
/// The app on a real port with a rate limit no fuzz reaches, shared by the fuzz tests. It reads the product data, so
/// that odd values meet a real product line rather than the 503 of data still loading (ProductApiTests checks that one).
/// </summary>
public sealed class FuzzHost() : KestrelAppFactory("Development", ("OpenData:RateLimit:PermitLimit", "1000000"))
{
    // The base constructor starts the server before an initialiser could set LoadProducts: bring the bundled data back here.
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Replace(
            ServiceDescriptor.Singleton(new TradeTalks.Web.Extensions.ProductDataSource(_ => Task.FromResult(TradeTalks.Products.BundledProducts.OpenData())))));
    }
}

/// <summary>
/// A fuzz built from the contract: every endpoint the OpenAPI document describes, every parameter set in turn to
/// odd values (empty, blank, very long, non-ASCII, negative, overflowing, SQL and script, repeated, the wrong type).
/// The API answers data, 304, or a problem that names the parameter; never a 5xx. Reading pages, sign-in and the
/// theme button get the same values and never answer 5xx either.
/// </summary>
public sealed partial class ContractFuzzTests(FuzzHost app) : IClassFixture<FuzzHost>
{
    /// <summary>Odd values as they stand in a query string (already percent-encoded where they must be).</summary>
    public static readonly IReadOnlyList<(string Label, string Encoded)> Values =
    [
        ("empty", ""),
        ("blank", "%20"),
        ("whitespace", "%09%0A%20%0D"),
        ("very long", new string('x', 4000)),
        ("very long non-ASCII", string.Concat(Enumerable.Repeat("%E5%85%B3", 400))),
        ("non-ASCII", "%C3%A9t%C3%A9%20%E5%85%B3%E7%A8%8E%20%F0%9F%99%82"),
        ("right-to-left and zero-width", "%E2%80%AEabc%E2%80%8B"),
        ("not UTF-8", "%FF%FE"),
        ("null character", "a%00b"),
        ("negative", "-1"),
        ("zero", "0"),
        ("overflowing", "99999999999999999999999999"),
        ("int overflow", "2147483648"),
        ("huge exponent", "1e400"),
        ("not a number", "NaN"),
        ("fraction", "1.5"),
        ("SQL", "%27%20OR%201%3D1--"),
        ("SQL wildcard", "%25%5F%25"),
        ("script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
        ("boolean", "true"),
        ("JSON", "%7B%22a%22%3A%5B%5D%7D"),
        ("impossible date", "2025-02-30"),
        ("far date", "9999-12-31"),
        ("early date", "0001-01-01"),
        ("instant for a day", "2025-06-10T25:61:00Z"),
        ("path characters", "..%2F..%2Fetc%2Fpasswd"),
    ];

    /// <summary>The same parameter twice: a good value then an odd one, and the reverse.</summary>
    private static readonly IReadOnlyList<(string Label, Func<string, string> Query)> Repeats =
    [
        ("repeated", name => $"{name}=2025-06-10&{name}=2025-06-11"),
        ("repeated with blank", name => $"{name}=Talk&{name}="),
        ("repeated blank first", name => $"{name}=&{name}=1"),
    ];

    [Fact]
    public async Task EveryEndpointTheDocumentDescribesAnswersOddValuesWithDataOrAProblemNamingTheParameter()
    {
        using var client = app.NewClient();
        await app.ProductsReadAsync();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var requests = new List<(string Url, string Parameter, IReadOnlySet<string> Parameters)>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (item!["get"] is not { } get)
            {
                continue;
            }

            var parameters = (get["parameters"]?.AsArray() ?? []).Select(p => (Name: p!["name"]!.GetValue<string>(), In: p["in"]!.GetValue<string>())).ToList();
            var names = parameters.Select(p => p.Name).ToHashSet();
            var example = await ExamplePathAsync(client, path);
            foreach (var (name, where) in parameters)
            {
                // Kestrel itself refuses a null character in the path (400, before any endpoint): nothing to test there. An
                // empty segment inside a path (/products//daily) is an address of no endpoint at all: the router's 404.
                var inside = !path.EndsWith($"{{{name}}}", StringComparison.Ordinal);
                foreach (var (_, encoded) in Values.Where(v => where != "path" || !v.Encoded.Contains("%00", StringComparison.Ordinal) && !(inside && v.Encoded.Length == 0)))
                {
                    requests.Add((where == "path" ? path.Replace($"{{{name}}}", encoded, StringComparison.Ordinal) : $"{example}?{name}={encoded}", name, names));
                }

                if (where == "query")
                {
                    requests.AddRange(Repeats.Select(r => ($"{example}?{r.Query(name)}", name, (IReadOnlySet<string>)names)));
                }
            }
        }

        var failures = await SendAllAsync(client, requests.Select(r => r.Url), async (url, response) =>
        {
            var (_, parameter, names) = requests.First(r => r.Url == url);
            var status = (int)response.StatusCode;
            if (status is not (>= 200 and < 300 or 304 or 400 or 404 or 429))
            {
                return $"{status}";
            }

            if (status is 400 or 404)
            {
                if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    return $"{status} as {response.Content.Headers.ContentType?.MediaType}, not problem JSON";
                }

                var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                var named = problem["parameter"]?.GetValue<string>();
                // A 400 blames the odd parameter; a 404 may blame another (a key not on record as of a good date).
                if (status == 400 ? named != parameter : named is null || !names.Contains(named))
                {
                    return $"{status} naming \"{named}\", not \"{parameter}\": {problem["detail"]}";
                }

                if (problem["detail"]?.GetValue<string>() is not { } detail || !detail.Contains(named, StringComparison.Ordinal))
                {
                    return $"{status} whose detail does not name \"{named}\": {problem["detail"]}";
                }
            }

            return null;
        });

        Assert.True(requests.Count > 600, $"only {requests.Count} requests");
        Assert.True(failures.IsEmpty, Report(failures));
    }

    [Fact]
    public async Task EveryApiEndpointTheAppServesIsInTheDocument()
    {
        using var client = app.NewClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var documented = document["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        var served = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(route => route == "/api" || route.StartsWith("/api/", StringComparison.Ordinal))
            .ToHashSet();

        // The reference page (Scalar, with its script and icon) is the document's reader, not part of the API.
        var reference = served.Where(route => !route.StartsWith("/api/v1/", StringComparison.Ordinal) && ReferenceRoute().IsMatch(route)).ToList();
        var undocumented = served.Except(reference).Except(documented).Order().ToList();

        Assert.True(served.Count >= 21, string.Join(", ", served));
        Assert.True(undocumented.Count == 0, $"served under /api but not in /openapi/v1.json: {string.Join(", ", undocumented)}");
    }

    [Fact]
    public async Task EveryReadingPageAnswersOddValuesWithAPageNeverAnError()
    {
        var pages = typeof(DashboardPage).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DashboardPage).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (Route: r.Template, Parameters: QueryParameters(t))))
            .ToList();
        // A page reads all its parameters whatever each holds, so one request sets them all to the same odd value; a
        // very long value (too long for the request line when every parameter has it) and the repeats go one by one.
        // That keeps the renders, the slow part, to a few hundred.
        var urls = pages.SelectMany(page =>
            Values.Where(v => !v.Label.StartsWith("very long", StringComparison.Ordinal))
                .Select(v => $"{page.Route}?{string.Join("&", page.Parameters.Select(name => $"{name}={v.Encoded}"))}")
                .Concat(page.Parameters.SelectMany(name => Values.Where(v => v.Label.StartsWith("very long", StringComparison.Ordinal)).Select(v => $"{page.Route}?{name}={v.Encoded}")))
                .Concat(page.Parameters.SelectMany(name => Repeats.Select(r => $"{page.Route}?{r.Query(name)}")))).ToList();
        using var client = app.NewClient();

        var failures = await SendAllAsync(client, urls, async (_, response) =>
        {
            var status = (int)response.StatusCode;
            if (status is not (>= 200 and < 300 or 304 or 400 or 404 or 429))
            {
                return $"{status}";
            }

            var html = await response.Content.ReadAsStringAsync();
            return status == 200 && !html.Contains("<title>", StringComparison.Ordinal) ? "200 without a page" : null;
        });

        Assert.True(pages.Count >= 10, string.Join(", ", pages.Select(p => p.Route)));
        Assert.True(urls.Count > 300, $"only {urls.Count} requests");
        Assert.True(failures.IsEmpty, Report(failures));
    }

    [Fact]
    public async Task SignInAndTheThemeButtonAnswerOddValuesWithoutAnErrorAndStayOnThisSite()
    {
        using var client = app.NewClient(cookies: true);
        var token = Token(await client.GetStringAsync("/account/signin"));
        var odd = Values.Select(v => Uri.UnescapeDataString(v.Encoded))
            .Concat(["/\t/evil.example", "//evil.example", "https://evil.example/", "/\\evil.example", "/é", "/timeline?q=关税", new string('a', 100_000)])
            .ToList();
        var failures = new ConcurrentDictionary<string, string>();

        async Task Check(string what, HttpResponseMessage response)
        {
            var status = (int)response.StatusCode;
            var location = response.Headers.Location?.OriginalString;
            if (status >= 500 || status is 401 or 403)
            {
                failures[what] = $"{status}";
            }
            else if (location is not null && (!location.StartsWith('/') || location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal)))
            {
                failures[what] = $"{status} to {location}";
            }
            else if (status == 200 && !(await response.Content.ReadAsStringAsync()).Contains("<title>", StringComparison.Ordinal))
            {
                failures[what] = "200 without a page";
            }
        }

        foreach (var value in odd)
        {
            var shown = value.Length > 60 ? value[..60] + "…" : value;
            await Check($"GET sign-in returnUrl={shown}", await client.GetAsync($"/account/signin?returnUrl={Uri.EscapeDataString(value)}"));
            foreach (var field in new[] { "Input.Email", "Input.Password", "returnUrl" })
            {
                var form = new Dictionary<string, string>
                {
                    ["_handler"] = "signin", ["__RequestVerificationToken"] = token, ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "Not-The-Password-1",
                };
                var address = "/account/signin";
                if (field == "returnUrl")
                {
                    address += $"?returnUrl={Uri.EscapeDataString(value)}";
                }
                else
                {
                    form[field] = value;
                }

                await Check($"POST sign-in {field}={shown}", await client.PostAsync(address, new FormUrlEncodedContent(form)));
            }

            await Check($"POST theme theme={shown}", await client.PostAsync("/preferences/theme", new FormUrlEncodedContent(new Dictionary<string, string> { ["theme"] = value, ["returnUrl"] = "/" })));
            await Check($"POST theme returnUrl={shown}", await client.PostAsync("/preferences/theme", new FormUrlEncodedContent(new Dictionary<string, string> { ["theme"] = "dark", ["returnUrl"] = value })));
        }

        Assert.True(failures.IsEmpty, Report(failures));
    }

    /// <summary>
    /// The path with its key filled in from the list it belongs to (/talks/{key} from /talks, /products/{hts10}/daily from
    /// /products), so that odd query values meet a real record.
    /// </summary>
    private static async Task<string> ExamplePathAsync(HttpClient client, string path)
    {
        if (PathKey().Match(path) is not { Success: true } key)
        {
            return path;
        }

        var name = key.Groups["name"].Value;
        var list = JsonNode.Parse(await client.GetStringAsync(path[..key.Index]))!;
        return path.Replace($"{{{name}}}", list["items"]![0]![name]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> QueryParameters(Type page) =>
    [
        .. page.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => p.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is { } query ? query.Name ?? p.Name : null)
            .OfType<string>()
            .Distinct(),
    ];

    /// <summary>Sends every request (a few at a time) and collects what <paramref name="check"/> finds wrong, by address.</summary>
    private static async Task<ConcurrentDictionary<string, string>> SendAllAsync(
        HttpClient client, IEnumerable<string> urls, Func<string, HttpResponseMessage, Task<string?>> check)
    {
        var failures = new ConcurrentDictionary<string, string>();
        await Parallel.ForEachAsync(urls.Distinct(), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (url, cancellationToken) =>
        {
            try
            {
                using var response = await client.GetAsync(url, cancellationToken);
                if (await check(url, response) is { } failure)
                {
                    failures[url] = failure;
                }
            }
            catch (HttpRequestException exception)
            {
                failures[url] = $"no answer: {exception.Message}";
            }
        });
        return failures;
    }

    private static string Report(ConcurrentDictionary<string, string> failures) =>
        $"{failures.Count} answer(s) broke the contract:\n" + string.Join("\n", failures.OrderBy(f => f.Key, StringComparer.Ordinal).Take(40)
            .Select(f => $"  {(f.Key.Length > 140 ? f.Key[..140] + "…" : f.Key)} → {f.Value}"));

    private static string Token(string html) => EditorAccounts.FormToken(html);


    [GeneratedRegex(@"^/api(/\{[^}]+\})*$|^/api/[a-z.]+\.(js|svg|css|ico)$")]
    private static partial Regex ReferenceRoute();

    [GeneratedRegex(@"/\{(?<name>[^}]+)\}")]
    private static partial Regex PathKey();
}
