using System.Diagnostics;
using System.Globalization;

namespace TradeTalks.Bench;

/// <summary>
/// Issue 22's target: at the largest size, a page as published at an old version renders within 2× of the same page
/// now. One instance, output cache off, the two addresses interleaved in one wrk run so the machine's load weighs on
/// both alike. The old version is the one before the last import file's (it holds all but that file); the first request
/// for it rebuilds that version's store, timed on its own, and the wrk figures are warm (decision 20).
/// </summary>
internal static class PublishedBench
{
    private static readonly string[] Pages = ["/", "/tariffs", "/timeline"];

    public static async Task RunAsync(string appDll, string store, int factor, Dictionary<string, string> environment, int seconds, Results results)
    {
        await using var server = Server.Start(appDll, new Dictionary<string, string>(environment) { ["Dashboard__OutputCache"] = "false" });
        await server.WaitReadyAsync("/", Stopwatch.StartNew());
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };

        // The ETag's first figure is the data version: "W/\"12-20261206-1a2b3c4d\"".
        var etag = (await http.GetAsync(server.BaseAddress + "/api/v1/talks")).Headers.ETag!.Tag.Trim('"');
        var old = long.Parse(etag.Split('-')[0], CultureInfo.InvariantCulture) - 1;
        var rebuild = Stopwatch.StartNew();
        (await http.GetAsync($"{server.BaseAddress}/tariffs?version={old}")).EnsureSuccessStatusCode();
        results.Add($"first page as published at version {old} at {factor}× (rebuilds it)", $"{rebuild.Elapsed.TotalSeconds:0.0} s", "none: once per version", true);

        var targets = Pages.SelectMany(page => new[]
        {
            (server.BaseAddress + page, false),
            (server.BaseAddress + page + (page.Contains('?') ? "&" : "?") + $"version={old}", false),
        }).ToArray();
        var rps = await Wrk.InterleavedMedianRpsAsync(seconds, targets);
        for (var i = 0; i < Pages.Length; i++)
        {
            var (now, then) = (rps[2 * i], rps[2 * i + 1]);
            results.Add($"`{Pages[i]}` as published at version {old} ÷ now, {factor}×, uncached, warm", $"{now / then:0.00}× the time ({then:0} vs {now:0} rps)",
                "≤ 2×", now / then <= 2);
        }
    }
}
