namespace TradeTalks.Bench;

/// <summary>
/// Every reading page rendered uncached, this build beside a baseline commit's (decision 17): requests per second with
/// the output cache off (every request renders), both builds on copies of the same 1× store, interleaved in one run so
/// that the machine's load weighs on both alike, with the static copy of <c>/</c> for scale.
/// <c>bench/run.sh --pages [--baseline COMMIT] --factors 1</c>.
/// </summary>
internal static class PagesBench
{
    /// <summary>The commit before reading pages were all written as markup.</summary>
    public const string DefaultBaseline = "beb09cc";

    private static readonly string[] Pages =
        ["/", "/truce", "/tariffs", "/timeline", "/measures", "/commitments", "/officials", "/indicators", "/claims", "/sources"];

    public static async Task RunAsync(string repo, string work, string app, string baselineCommit, bool reuse, string store, string templateDll,
        Func<string, Dictionary<string, string>> storeEnvironment, int seconds, Results results)
    {
        var baseline = await ImportBench.PublishBaselineAsync(repo, work, baselineCommit, reuse);
        var baselineStore = Path.Combine(work, "pages-baseline.db");
        File.Copy(store, baselineStore, overwrite: true);
        Dictionary<string, string> Uncached(string db) => new(storeEnvironment(db)) { ["Dashboard__OutputCache"] = "false" };

        await using var template = Server.Start(templateDll, new Dictionary<string, string>());
        await using var current = Server.Start(Path.Combine(app, "TradeTalks.Web.dll"), Uncached(store));
        await using var before = Server.Start(Path.Combine(baseline, "TradeTalks.Web.dll"), Uncached(baselineStore));
        await template.WaitReadyAsync("/overview-copy.html", System.Diagnostics.Stopwatch.StartNew());
        await current.WaitReadyAsync("/", System.Diagnostics.Stopwatch.StartNew());
        await before.WaitReadyAsync("/", System.Diagnostics.Stopwatch.StartNew());

        var targets = new List<(string Url, bool UniqueQuery)> { (template.BaseAddress + "/overview-copy.html", false) };
        foreach (var page in Pages)
        {
            targets.Add((current.BaseAddress + page, false));
            targets.Add((before.BaseAddress + page, false));
        }

        var rps = await Wrk.InterleavedMedianRpsAsync(seconds, [.. targets]);
        var staticCopy = rps[0];
        results.Add("`/` rps ÷ static copy, uncached render, this build", $"{rps[1] / staticCopy:0.000} ({rps[1]:0} vs {staticCopy:0} rps)", "≥ 0.1", rps[1] / staticCopy >= 0.1);
        results.Add($"… the same, baseline {baselineCommit}", $"{rps[2] / staticCopy:0.000} ({rps[2]:0} vs {staticCopy:0} rps)", "none: for comparison", true);
        for (var i = 0; i < Pages.Length; i++)
        {
            var (now, then) = (rps[1 + 2 * i], rps[2 + 2 * i]);
            results.Add($"`{Pages[i]}` uncached rps, this build ÷ baseline {baselineCommit}", $"{now / then:0.00}× ({now:0} vs {then:0} rps)", "none: for comparison", true);
        }
    }
}
