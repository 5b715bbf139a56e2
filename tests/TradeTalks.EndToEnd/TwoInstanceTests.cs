using System.Diagnostics;
using System.Net;
using Microsoft.Playwright;
using TradeTalks.EndToEnd.Support;

namespace TradeTalks.EndToEnd;

/// <summary>
/// The production recipe in a real browser: two published instances on one PostgreSQL behind nginx
/// (scripts/two-instances.sh). An editor signs in and edits through the proxy; the other instance shows the edit; the
/// instance serving the editor is killed, and the editor's page comes back from the other one, still signed in. nginx's
/// microcache (decision 23) answers signed-out readers and never the editor, and the edit shows through it in time.
/// </summary>
public sealed class TwoInstanceTests(BrowserFixture fixture, TwoInstanceDeployment deployment)
    : BrowserTest(fixture), IClassFixture<TwoInstanceDeployment>
{
    private const string OwnPassword = "Two-Instances-Own-2026";

    // Store:ChangePollSeconds (5, the recipe's default) + 1 s: every change shown everywhere, through nginx too (issue 25).
    private static readonly TimeSpan ShownEverywhereWithin = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task AnEditorKeepsSessionAndEditsAcrossTwoInstancesAndSurvivesLosingOne()
    {
        if (deployment.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        using var http = new HttpClient();

        // A signed-out reader's second request within the second is answered by nginx from the first one's copy: a HIT, or
        // STALE when a second boundary fell between the two (nginx counts whole seconds, MicrocacheExpiry), so the pair is
        // tried again a little later until it is a HIT.
        var statuses = new List<string?>();
        for (var attempt = 0; attempt < 4 && statuses.LastOrDefault() != "HIT"; attempt++)
        {
            await Task.Delay(attempt * 700);
            var first = await http.GetAsync(deployment.Proxy + "/officials?attempt=" + attempt);
            var second = await http.GetAsync(deployment.Proxy + "/officials?attempt=" + attempt);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            statuses.Add(CacheStatus(second));
        }

        Assert.All(statuses, status => Assert.Contains(status, new[] { "HIT", "STALE", "UPDATING" }));
        Assert.Equal("HIT", statuses[^1]);

        var page = await NewPageAsync();
        await page.GotoAsync(deployment.Proxy + "/edit");
        await page.Locator("[data-testid=signin-email]").FillAsync(deployment.Editor);
        await page.Locator("[data-testid=signin-password]").FillAsync(deployment.Password);
        await page.Locator("[data-testid=signin-submit]").ClickAsync();
        await page.WaitForURLAsync("**/account/password**");
        await page.Locator("[data-testid=password-new]").FillAsync(OwnPassword);
        await page.Locator("[data-testid=password-confirm]").FillAsync(OwnPassword);
        await page.Locator("[data-testid=password-submit]").ClickAsync();
        await page.WaitForURLAsync("**/edit");

        // The editor's pages, the reading pages among them, never come from the cache, however often they are asked for.
        foreach (var path in new[] { "/officials", "/officials", "/timeline", "/timeline", "/edit" })
        {
            var answer = await page.GotoAsync(deployment.Proxy + path);
            var status = answer!.Headers.GetValueOrDefault("x-cache-status");
            Assert.True(status is null or "BYPASS", $"{path} reached the signed-in editor from nginx's cache ({status})");
        }

        // nginx keeps a client on one instance (ip_hash): which one serves this browser?
        var serving = (await http.GetAsync(deployment.Proxy + "/health/live")).Headers.GetValues("X-Upstream").Single();
        var (served, other) = deployment.A.EndsWith(serving, StringComparison.Ordinal) ? (deployment.A, deployment.B) : (deployment.B, deployment.A);

        // A reader has the timeline of talks in nginx's cache before the edit.
        Assert.DoesNotContain("London round, seen from both instances", await http.GetStringAsync(deployment.Proxy + "/timeline?kind=Talk"), StringComparison.Ordinal);
        await OpenAsync(page, deployment.Proxy + "/edit/talks/london-2025-06");
        var title = page.Locator("[data-field='title'] input").First;
        await title.FillAsync("London round, seen from both instances");
        await title.BlurAsync();
        await page.Locator("[data-testid=save]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Saved");

        // Through nginx a signed-out reader sees the edit within the target, the microcache's second included. nginx sends
        // this machine's every request to one instance (ip_hash), the editor's, which drops its own copies at once: what
        // is timed here is nginx's delay (bench/news-day.sh times it with the other instance's too).
        var saved = Stopwatch.StartNew();
        var seenThroughNginx = false;
        while (!seenThroughNginx && saved.Elapsed < TimeSpan.FromSeconds(30))
        {
            seenThroughNginx = (await http.GetStringAsync(deployment.Proxy + "/timeline?kind=Talk")).Contains("London round, seen from both instances", StringComparison.Ordinal);
            if (!seenThroughNginx)
            {
                await Task.Delay(100);
            }
        }

        Assert.True(seenThroughNginx && saved.Elapsed <= ShownEverywhereWithin,
            $"the edit showed through nginx {(seenThroughNginx ? $"after {saved.Elapsed.TotalSeconds:0.0} s" : "not within 30 s")}, where the target is {ShownEverywhereWithin.TotalSeconds} s");

        // The published build serves every reading page through the proxy, with its static assets, and nothing fails.
        var reader = await NewPageAsync();
        foreach (var path in new[] { "/", "/timeline", "/tariffs", "/truce", "/measures", "/commitments", "/officials", "/indicators", "/claims", "/sources" })
        {
            await OpenAsync(reader, deployment.Proxy + path);
        }

        AssertNoProblems();

        // The other instance had the timeline cached; it notices the write within its poll interval.
        var seenElsewhere = false;
        for (var attempt = 0; attempt < 40 && !seenElsewhere; attempt++)
        {
            seenElsewhere = (await http.GetStringAsync(other + "/timeline?kind=Talk")).Contains("London round, seen from both instances", StringComparison.Ordinal);
            if (!seenElsewhere)
            {
                await Task.Delay(500);
            }
        }

        Assert.True(seenElsewhere, "the edit made through one instance did not appear through the other");

        // The instance this editor's live connection is on dies. The page's reconnect reaches the other instance through
        // nginx, which does not know the circuit, so the page reloads from it: the editor is still signed in.
        var reloaded = page.WaitForLoadStateAsync(LoadState.Load);
        var navigated = page.WaitForRequestFinishedAsync(new() { Predicate = r => r.IsNavigationRequest, Timeout = 90_000 });
        deployment.Kill(served);
        await navigated;
        await reloaded;
        await WaitInteractiveAsync(page);
        Assert.Contains("/edit/talks/london-2025-06", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("[data-field='title'] input").First).ToHaveValueAsync("London round, seen from both instances");
        Assert.Equal(other.Split(':').Last(), (await http.GetAsync(deployment.Proxy + "/health/live")).Headers.GetValues("X-Upstream").Single().Split(':').Last());
        await ScreenshotAsync(page, "two-instances-after-failover");
    }

    /// <summary>nginx's X-Cache-Status (HIT, MISS, STALE, UPDATING, EXPIRED, BYPASS), or null when the cache was not asked.</summary>
    private static string? CacheStatus(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Cache-Status", out var values) ? values.Single() : null;
}
