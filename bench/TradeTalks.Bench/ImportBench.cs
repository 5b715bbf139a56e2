using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Playwright;

namespace TradeTalks.Bench;

/// <summary>
/// The import's time and memory (issue 25, items 9 and 10), this build side by side with a build of an earlier commit
/// published from a git worktree: <c>bench/run.sh --import [--baseline COMMIT]</c>.
/// </summary>
internal static class ImportBench
{
    private const string Email = "bench@example.org";
    private const string FirstPassword = "Issued-For-The-Bench-1";
    private const string OwnPassword = "Chosen-For-The-Bench-2";

    /// <param name="times">False to measure memory only (the ten files take about ten minutes).</param>
    /// <param name="fileMegabytes">The size of the file whose import's memory is measured: the 20 MB limit unless said.</param>
    public static async Task RunAsync(string repo, string work, string app, string baselineCommit, bool reuse, bool times, Results results, int fileMegabytes = 20)
    {
        var baseline = await PublishBaselineAsync(repo, work, baselineCommit, reuse);
        var builds = new[] { ($"baseline {baselineCommit}", baseline), ("this build", app) };
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine(repo, "data", "tradetalks.json")))!.AsObject();
        File.Copy(Path.Combine(repo, "data", "tradetalks.schema.json"), Path.Combine(work, "tradetalks.schema.json"), overwrite: true);

        // 1. The 1000× set in ten files of 100 copies, each imported in turn into a fresh store per build: file k of
        //    the baseline, then file k of this build, so that the machine's load weighs on both alike.
        //    The baseline's files hold only the fields its schema knows (SchemaTrim); the records are the same.
        var files = new List<string>();
        foreach (var scaled in DataSetScaler.ScaleInFiles(original, 1000, copiesPerFile: 100))
        {
            files.Add(await WriteAsync(scaled, Path.Combine(work, $"import-1000x-{files.Count + 1}.json")));
        }

        var baselineSchema = JsonNode.Parse(await Processes.RunAsync("git", $"-C \"{repo}\" show {baselineCommit}:data/tradetalks.schema.json"))!.AsObject();
        var baselineFiles = new List<string>();
        foreach (var scaled in DataSetScaler.ScaleInFiles(SchemaTrim.Trim(original, baselineSchema), 1000, copiesPerFile: 100))
        {
            baselineFiles.Add(await WriteAsync(scaled, Path.Combine(work, $"import-1000x-{baselineFiles.Count + 1}-baseline.json")));
        }

        if (times)
        {
            await TimeImportsAsync(builds, [baselineFiles, files], app, work, results);
        }

        // 2. A file just under the import's size limit, rehearsed and imported through the editors' import page on a
        //    published server, one build after the other: its resident memory before, at its peak, and after a collection.
        await MeasureMemoryAsync(builds, original, app, work, fileMegabytes, results);
    }

    /// <param name="filesOf">Each build's ten files, in the order of <paramref name="builds"/>.</param>
    private static async Task TimeImportsAsync((string, string)[] builds, List<string>[] filesOf, string app, string work, Results results)
    {
        var files = filesOf[^1];
        var stores = builds.Select(b => FreshStore(Path.Combine(work, $"import-{(b.Item2 == app ? "current" : "baseline")}.db"))).ToArray();
        var seconds = builds.Select(_ => new List<double>()).ToArray();
        for (var k = 0; k < files.Count; k++)
        {
            for (var b = 0; b < builds.Length; b++)
            {
                var clock = Stopwatch.StartNew();
                await Processes.RunAsync("dotnet", $"\"{Path.Combine(builds[b].Item2, "TradeTalks.Web.dll")}\" import \"{filesOf[b][k]}\"", builds[b].Item2, StoreEnvironment(stores[b]));
                seconds[b].Add(clock.Elapsed.TotalSeconds);
            }

            Console.WriteLine($"file {k + 1} of {files.Count} ({new FileInfo(files[k]).Length / 1024} KB): " +
                string.Join(", ", builds.Select((b, i) => $"{b.Item1} {seconds[i][k]:0.0} s")));
        }

        var (before, after) = (seconds[0], seconds[1]);
        results.Add("import of the 1000× set, file by file: the tenth file ÷ the first, this build",
            $"{after[^1] / after[0]:0.00}× ({after[0]:0.0} → {after[^1]:0.0} s); baseline {before[^1] / before[0]:0.00}× ({before[0]:0.0} → {before[^1]:0.0} s)",
            "≤ 1.5×", after[^1] / after[0] <= 1.5);
        results.Add("import of the 1000× set, all ten files, this build ÷ baseline",
            $"{after.Sum() / before.Sum():0.000} ({after.Sum():0} vs {before.Sum():0} s)", "≤ 0.25", after.Sum() / before.Sum() <= 0.25);

    }

    private static async Task MeasureMemoryAsync((string, string)[] builds, JsonObject original, string app, string work, int megabytes, Results results)
    {
        var limit = await WriteLimitFileAsync(original, work, megabytes);
        await using var browser = await Browser.LaunchAsync();
        foreach (var (name, build) in builds.Reverse())
        {
            var (memory, refusal) = await MeasureServerAsync(browser, build, FreshStore(Path.Combine(work, $"memory-{(build == app ? "current" : "baseline")}.db")), limit);
            if (memory is null)
            {
                // The baseline refuses a file near the limit (it checks the document again written out with indents).
                results.Add($"server memory importing a {new FileInfo(limit).Length / (1024.0 * 1024):0.0} MB file through /edit/import ({name})",
                    $"refused: {refusal}", name == "this build" ? "imported" : "none: for comparison", name != "this build");
                continue;
            }

            Console.WriteLine($"{name}: {memory}");
            var mb = (double)(1024 * 1024);
            var peakGrowth = (memory.Peak - memory.Before) / mb;
            var settled = (memory.AfterCollection - memory.Before) / mb;
            var label = name == "this build" ? "" : $" ({name}, for comparison)";
            results.Add($"server memory importing a {new FileInfo(limit).Length / mb:0.0} MB file through /edit/import: peak growth{label}",
                $"{peakGrowth:0} MB ({memory.Before / mb:0} → {memory.Peak / mb:0} MB; rehearsal {(memory.RehearsalPeak - memory.Before) / mb:0} MB, in {memory.RehearsalSeconds:0} s; import in {memory.ImportSeconds:0} s)",
                name == "this build" ? "< 500 MB" : "none: for comparison", name != "this build" || peakGrowth < 500);
            results.Add($"… after a forced collection, the page still open / the page left{label}",
                $"{settled:+0;-0} MB / {(memory.AfterLeaving - memory.Before) / mb:+0;-0} MB ({memory.AfterCollection / mb:0} / {memory.AfterLeaving / mb:0} MB)",
                name == "this build" ? "within 100 MB of before" : "none: for comparison", name != "this build" || Math.Abs(settled) <= 100);
        }
    }

    /// <summary>Publishes <paramref name="commit"/> (Release, as the app) from a temporary git worktree, removed afterwards.</summary>
    internal static async Task<string> PublishBaselineAsync(string repo, string work, string commit, bool reuse)
    {
        var target = Path.Combine(work, $"baseline-{commit}");
        if (reuse && File.Exists(Path.Combine(target, "TradeTalks.Web.dll")))
        {
            return target;
        }

        var source = Path.Combine(work, "baseline-src");
        await Processes.RunAsync("git", $"-C \"{repo}\" worktree prune");
        if (Directory.Exists(source))
        {
            Directory.Delete(source, recursive: true);
        }

        Console.WriteLine($"Publishing the baseline {commit} (Release, ReadyToRun for linux-x64) from a git worktree...");
        await Processes.RunAsync("git", $"-C \"{repo}\" worktree add --detach \"{source}\" {commit}");
        try
        {
            await Processes.RunAsync("dotnet", $"publish \"{Path.Combine(source, "src", "TradeTalks.Web")}\" -c Release -r linux-x64 --self-contained false -o \"{target}\" --nologo");
        }
        finally
        {
            await Processes.RunAsync("git", $"-C \"{repo}\" worktree remove --force \"{source}\"");
        }

        return target;
    }

    private static async Task<string> WriteAsync(JsonObject scaled, string path)
    {
        scaled["$schema"] = "tradetalks.schema.json";
        await File.WriteAllTextAsync(path, scaled.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        return path;
    }

    /// <summary>
    /// As many copies of the data set as fit in <paramref name="megabytes"/> (the import's limit is 20), in one file.
    /// The baseline refuses a file near the limit: it checks the document again written out with indents, which is larger.
    /// </summary>
    private static async Task<string> WriteLimitFileAsync(JsonObject original, string work, int megabytes)
    {
        var limit = megabytes * 1024L * 1024;
        var path = Path.Combine(work, $"import-{megabytes}mb.json");
        var hundred = new FileInfo(Path.Combine(work, "import-1000x-2.json")).Length;
        for (var copies = (int)(100 * limit * 0.98 / hundred); copies > 0; copies -= 5)
        {
            await WriteAsync(DataSetScaler.ScaleInFiles(original, copies, copies).First(), path);
            if (new FileInfo(path).Length <= limit)
            {
                Console.WriteLine($"The file at the limit: {copies} copies, {new FileInfo(path).Length / 1024} KB");
                return path;
            }
        }

        throw new InvalidOperationException("No file fits under the limit.");
    }

    internal static string FreshStore(string db)
    {
        foreach (var file in new[] { db, db + "-wal", db + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        return db;
    }

    internal static Dictionary<string, string> StoreEnvironment(string db) => new()
    {
        ["ConnectionStrings__TradeTalks"] = $"Data Source={db}",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["Store__ChangePollSeconds"] = "0",
        // Plain HTTP on the loopback: the browser reaches the server as http://localhost, which it treats as secure.
        ["Https__Redirect"] = "false",
        ["Https__Hsts"] = "false",
    };

    private sealed record Memory(long Before, long RehearsalPeak, long Peak, long AfterCollection, long AfterLeaving, double RehearsalSeconds, double ImportSeconds)
    {
        public override string ToString()
        {
            const double mb = 1024 * 1024;
            return $"before {Before / mb:0} MB, rehearsal peak {RehearsalPeak / mb:0} MB ({RehearsalSeconds:0} s), import peak {Peak / mb:0} MB ({ImportSeconds:0} s), " +
                $"after a collection {AfterCollection / mb:0} MB, after leaving the page and a collection {AfterLeaving / mb:0} MB";
        }
    }

    /// <summary>
    /// Signs in as an admin, uploads the file on /edit/import, waits for the rehearsal's summary, confirms and waits for
    /// the import, sampling the server's resident memory every 50 ms; then has the server collect (from outside, through
    /// the runtime's diagnostics port, as dotnet-gcdump does) with the page open, and again after leaving it.
    /// </summary>
    private static async Task<(Memory? Memory, string? Refusal)> MeasureServerAsync(BrowserSession browser, string build, string db, string file)
    {
        var dll = Path.Combine(build, "TradeTalks.Web.dll");
        var environment = StoreEnvironment(db);
        await Processes.RunAsync("dotnet", $"\"{dll}\" users add {Email} --role Admin --password-stdin", build, environment, input: FirstPassword + "\n");
        await using var server = Server.Start(dll, environment);
        await server.WaitReadyAsync("/", Stopwatch.StartNew());
        var address = $"http://localhost:{server.Port}";

        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, address);
        await page.GotoAsync(address + "/edit/import");
        await WaitInteractiveAsync(page);
        await Task.Delay(2000);
        var before = await CollectAsync(server);

        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), server.ResidentBytes()));
                await Task.Delay(50);
            }
        });

        var clock = Stopwatch.StartNew();
        var report = page.Locator("[data-testid=import-report]");
        var slow = new LocatorAssertionsToContainTextOptions { Timeout = 30 * 60 * 1000 };
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(file);
        var outcome = page.Locator("[data-testid=import-report], [data-testid=import-problems], [data-testid=import-error]");
        while (await outcome.CountAsync() == 0)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(30))
            {
                throw await FailedAsync(page, server, file, "The rehearsal did not end in 30 minutes");
            }

            await Task.Delay(1000);
            if ((int)clock.Elapsed.TotalSeconds % 30 == 0)
            {
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds:0} s: {server.ResidentBytes() / (1024 * 1024)} MB, {(await page.Locator("[data-testid=import-progress]").AllInnerTextsAsync()).FirstOrDefault()}");
            }
        }

        if (await page.Locator("[data-testid=import-problems]").IsVisibleAsync())
        {
            await sampling.CancelAsync();
            await sampler;
            return (null, (await page.Locator("[data-testid=import-problems] li").First.InnerTextAsync()).Trim());
        }

        if (!await report.IsVisibleAsync())
        {
            throw await FailedAsync(page, server, file, "The rehearsal did not report");
        }

        await Assertions.Expect(report).ToContainTextAsync("What the import would do", slow);
        var rehearsal = (Peak: Interlocked.Read(ref peak), Seconds: clock.Elapsed.TotalSeconds);
        clock.Restart();
        await page.Locator("[data-testid=import-confirm]").ClickAsync();
        await Assertions.Expect(report).ToContainTextAsync("Imported ·", slow);
        var imported = clock.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        await sampler;

        await Task.Delay(3000);
        var afterCollection = await CollectAsync(server);
        await page.CloseAsync();
        await Task.Delay(3000);
        var afterLeaving = await CollectAsync(server);

        // The shared pool of arrays keeps large buffers it lent (the JSON reader's) until a collection finds them unused
        // for a minute, and they go at the collection after: two collections a minute later show what they account for.
        await Task.Delay(TimeSpan.FromSeconds(60));
        await CollectAsync(server);
        Console.WriteLine($"  a minute later, after two collections: {await CollectAsync(server) / (1024 * 1024)} MB resident");

        // What the app's collector held when the page gave memory back (ImportPage logs it), beside the process's resident memory.
        foreach (var line in server.Output.Split('\n').Where(l => l.Contains("gave memory back", StringComparison.Ordinal)))
        {
            Console.WriteLine("  " + line.Trim());
        }

        return (new(before, rehearsal.Peak, Math.Max(Interlocked.Read(ref peak), rehearsal.Peak), afterCollection, afterLeaving, rehearsal.Seconds, imported), null);
    }

    private static async Task<Exception> FailedAsync(IPage page, Server server, string file, string what)
    {
        var shot = Path.Combine(Path.GetDirectoryName(file)!, "import-failure.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        var text = await page.Locator("main").InnerTextAsync();
        var log = server.Output;
        return new InvalidOperationException($"{what} (see {shot}):\n{text[..Math.Min(2000, text.Length)]}\n{log[Math.Max(0, log.Length - 4000)..]}");
    }

    /// <summary>
    /// Asks the server's runtime for a full, blocking collection (an EventPipe session with the GCHeapCollect keyword, as
    /// dotnet-gcdump starts one), then returns its resident memory once it has settled. Nothing in the app does this.
    /// </summary>
    internal static async Task<long> CollectAsync(Server server)
    {
        const long gc = 0x1, gcHeapCollect = 0x800000;
        var client = new DiagnosticsClient(server.ProcessId);
        using (var session = await client.StartEventPipeSessionAsync(
            [new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, gc | gcHeapCollect)], requestRundown: false, token: default))
        {
            var drain = session.EventStream.CopyToAsync(Stream.Null);
            await Task.Delay(2000);
            await session.StopAsync(default);
            await drain;
        }

        await Task.Delay(1000);
        Console.WriteLine($"  after a collection: {server.ResidentBytes() / (1024 * 1024)} MB resident ({server.ResidentSplit()})");
        return server.ResidentBytes();
    }

    /// <summary>Signs in with the issued password, then chooses one's own, as the first sign-in asks (the baseline also asks for the issued one again).</summary>
    private static async Task SignInAsync(IPage page, string address)
    {
        await page.GotoAsync(address + "/edit");
        await page.Locator("[data-testid=signin-email]").FillAsync(Email);
        await page.Locator("[data-testid=signin-password]").FillAsync(FirstPassword);
        await page.Locator("[data-testid=signin-submit]").ClickAsync();
        await page.WaitForURLAsync("**/account/password**");
        // The first change after signing in with an issued password asks only for the new one.
        if (await page.Locator("[data-testid=password-current]").CountAsync() > 0)
        {
            await page.Locator("[data-testid=password-current]").FillAsync(FirstPassword);
        }

        await page.Locator("[data-testid=password-new]").FillAsync(OwnPassword);
        await page.Locator("[data-testid=password-confirm]").FillAsync(OwnPassword);
        await page.Locator("[data-testid=password-submit]").ClickAsync();
        await page.WaitForURLAsync("**/edit");
    }

    private static Task WaitInteractiveAsync(IPage page) =>
        page.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
}
