using Microsoft.Extensions.DependencyInjection;
using TradeTalks.EndToEnd.Support;
using TradeTalks.Store;
using TradeTalks.Web.Embeds;

namespace TradeTalks.EndToEnd;

/// <summary>
/// Every reading page and embed, as the server sends it, passes the W3C Nu HTML checker, apart from Blazor's scoped-CSS
/// attributes (<see cref="NuHtmlChecker.ScopedCssAttribute"/>). It needs no browser, only the running app, Java and
/// vnu.jar; it sits with the browser tests because it drives the same app on a real port, lists the pages from the app's
/// routes as <see cref="FitsEveryScreenTests"/> does, and shares the collection so the checker's JVM does not compete
/// with a browser for the two cores.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ValidHtmlTests(BrowserFixture fixture)
{
    /// <summary>Reading pages in states their plain address does not show: filters, ranges, later pages, a 404 answer.</summary>
    private static readonly string[] PagesInOtherStates =
    [
        "/timeline?person=scott-bessent", "/timeline?kind=Talk&side=UnitedStates&q=tariff", "/timeline?last=1",
        "/tariffs?range=2025", "/tariffs?from=2025-01-01&to=2025-06-01", "/changes?from=2025-05-01&to=2025-06-10",
        "/measures?side=China", "/sources?page=2", "/claims?asOf=2026-06-10", "/no-such-page",
        .. FitsEveryScreenTests.ProductStates, "/products?q=zzyzx", "/products/0000000000", "/products/not-a-code",
    ];

    /// <summary>Each embed for today and for a date, and one refused for a date that is not one (its answer is a document too).</summary>
    private static IEnumerable<string> Embeds =>
        EmbedKind.All.SelectMany(e => new[] { e.Path, e.Path + "?asOf=2025-06-10" }).Append("/embed/rates?asOf=not-a-date");

    [Fact]
    public async Task EveryReadingPageAndEmbedPassesTheNuHtmlChecker()
    {
        if (NuHtmlChecker.Find(out var missing) is not { } checker)
        {
            Assert.False(Chromium.RunningInCi, missing + " CI=true, so the HTML check fails instead of skipping.");
            Assert.Skip(missing);
            return;
        }

        // The app brings its store up in the background; until then every page answers 503.
        await fixture.App.Services.GetRequiredService<StoreState>().Serving.WaitAsync(TimeSpan.FromMinutes(1));
        await FitsEveryScreenTests.ProductsReadAsync(fixture.App);
        var (open, _) = FitsEveryScreenTests.PagesFromRoutes();
        // Every page in both themes (the theme's style sheet differs); the other states and the embeds in one.
        var documents = open.Select(p => (Path: p, Theme: "dark"))
            .Concat(open.Concat(FitsEveryScreenTests.LaterStates).Concat(PagesInOtherStates).Concat(Embeds).Select(p => (Path: p, Theme: "light")))
            .ToList();
        var folder = Directory.CreateTempSubdirectory("tradetalks-vnu-");
        try
        {
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(fixture.App.BaseAddress) };
            foreach (var (path, theme) in documents)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add("Cookie", $"tt-theme={theme}");
                using var response = await client.SendAsync(request);
                Assert.True((int)response.StatusCode < 500, $"{path} ({theme}) answered {(int)response.StatusCode}: the checker would pass judgement on an error page");
                var file = Path.Combine(folder.FullName, $"{files.Count:D3}.html");
                await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
                files[file] = $"{path} ({theme}, HTTP {(int)response.StatusCode})";
            }

            var findings = await NuHtmlChecker.CheckAsync(checker.Java, checker.Jar, files.Keys);

            Assert.True(findings.Count == 0, $"{findings.Count} error(s) from the Nu HTML checker over {files.Count} documents:" + Environment.NewLine +
                string.Join(Environment.NewLine, findings.Select(f => $"{files.GetValueOrDefault(f.File, f.File)} line {f.Line}: {f.Message} [{f.Extract.Trim()}]")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("Attribute 'b-pcm7gb6vct' not allowed on element 'a' at this point.", true)]
    [InlineData("Attribute 'b-zv5kgvjzms' not allowed on element 'meta' at this point.", true)]
    [InlineData("Attribute 'type' not allowed on element 'a' at this point.", false)]
    [InlineData("Attribute 'b-short' not allowed on element 'a' at this point.", false)]
    [InlineData("Attribute 'aria-label' not allowed on element 'div' at this point. Attribute 'b-pcm7gb6vct'", false)]
    public void OnlyBlazorsScopedCssAttributesAreLeftOutOfTheCheckersErrors(string message, bool leftOut) =>
        Assert.Equal(leftOut, NuHtmlChecker.ScopedCssAttribute().IsMatch(message));
}
