using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.SourceChecks;
using TradeTalks.Tests.SourceChecks;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Accounts;
using TradeTalks.Web.Components.Pages.Edit;
using TradeTalks.Web.Components.Pages.Sources;

namespace TradeTalks.Tests.Components;

/// <summary>The sources page's line about each source's last check, and the editors' page of checks, over the seeded store.</summary>
public sealed class SourceCheckPagesTests : PageTestContext
{
    private DocumentServer _server = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _server = await DocumentServer.StartAsync();
        // Owned by the container, so it stops with the test. Names never resolve: only the test's server answers.
        Services.AddSingleton(_ => _server);
        Services.AddSingleton(new AddressGuard(AddressGuardTests.Resolver(), allowPrivate: false, a => a.Equals(IPAddress.Loopback)));
    }

    [Fact]
    public async Task ReadersSeeEachSourcesLastCheckOnItsUsEasternDay()
    {
        var first = await FirstListedSourceAsync();
        await AddChecksAsync(
            (first, SourceCheckOutcome.Reachable, new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero)),
            (first, SourceCheckOutcome.Gone, new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.Zero)));

        var page = RenderPage<SourcesView>("/sources");

        page.WaitForAssertion(() => Assert.Equal("checked 28 Nov 2026: gone", page.FindAll("[data-testid=source]")[0].QuerySelector("[data-testid=source-check]")?.TextContent.Trim()));
        Assert.Single(page.FindAll("[data-testid=source-check]"));
    }

    [Fact]
    public async Task TheDeskListsMovedGoneAndChangedSourcesFirst()
    {
        var keys = await SourceKeysAsync();
        await AddChecksAsync(
            (keys[0], SourceCheckOutcome.Reachable, Clock.GetUtcNow()),
            (keys[1], SourceCheckOutcome.Unreachable, Clock.GetUtcNow()),
            (keys[2], SourceCheckOutcome.Changed, Clock.GetUtcNow()),
            (keys[3], SourceCheckOutcome.Gone, Clock.GetUtcNow()));

        int all;
        await using (var db = Database.NewContext())
        {
            all = await db.Sources.CountAsync();
        }

        var page = RenderDesk();

        page.WaitForAssertion(() => Assert.Equal(all, page.FindAll("[data-testid=check-list] tbody tr").Count));
        var order = page.FindAll("[data-testid=check-list] tbody tr").Select(r => r.GetAttribute("data-testid")).Take(4).ToList();
        // Keys sort as the store sorts them, so keys[2] (changed) comes before keys[3] (gone) within the first group.
        Assert.Equal([$"check-{keys[2]}", $"check-{keys[3]}", $"check-{keys[1]}", $"check-{keys[0]}"], order);
        Assert.Equal(["changed", "gone"], order.Take(2).Select(id => page.Find($"[data-testid={id}] [data-testid=outcome]").TextContent.Trim()));
    }

    [Fact]
    public async Task AnEditorChecksOneSourceAndSeesWhatItFound()
    {
        var key = (await SourceKeysAsync())[0];
        _server.Document("/notice", "<p>the notice</p>");
        await PointAtServerAsync(key, "/notice");

        var page = RenderDesk();
        page.WaitForAssertion(() => Assert.Contains("never", page.Find($"[data-testid=check-{key}]").TextContent, StringComparison.Ordinal));
        page.Find($"[data-testid=check-{key}] [data-testid=check-one]").Click();

        page.WaitForAssertion(() => Assert.Equal("Checked 1: 1 reachable.", page.TestId("check-message")), TimeSpan.FromSeconds(10));
        Assert.Equal("reachable", page.Find($"[data-testid=check-{key}] [data-testid=outcome]").TextContent.Trim());
        Assert.Equal(["/notice"], _server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task CheckingEverySourceRecordsAResultForEachAddress()
    {
        var withAddress = (await SourceKeysAsync()).Count;

        var page = RenderDesk();
        page.WaitForElement("[data-testid=check-all]").Click();

        page.WaitForAssertion(() => Assert.StartsWith($"Checked {withAddress}:", page.TestId("check-message")), TimeSpan.FromSeconds(30));
        await using var db = Database.NewContext();
        Assert.Equal(withAddress, await db.SourceChecks.CountAsync());
    }

    [Fact]
    public async Task AnEditorKeepsACopyAndReadersSeeWhenAndItsHash()
    {
        var key = await FirstListedSourceAsync();
        _server.Document("/notice", "<p>the notice</p>");
        await PointAtServerAsync(key, "/notice");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("<p>the notice</p>"u8));

        var desk = RenderDesk();
        desk.WaitForElement($"[data-testid=check-{key}] [data-testid=keep-copy]").Click();
        desk.WaitForAssertion(() => Assert.Equal($"A copy was kept: 17 bytes (text/html; charset=utf-8), SHA-256 {hash}.", desk.TestId("check-message")),
            TimeSpan.FromSeconds(10));
        Assert.Equal("copy of 29 Nov 2026", desk.Find($"[data-testid=check-{key}] [data-testid=kept-copy]").TextContent.Trim());

        // The desk's popover provider is still there; the reading page needs none.
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/sources");
        var page = Render<SourcesView>();
        page.WaitForAssertion(() => Assert.Equal($"a copy was kept 29 Nov 2026 · SHA-256 {hash}",
            page.FindAll("[data-testid=source]")[0].QuerySelector("[data-testid=source-copy]")?.TextContent.Trim()));
        await using var db = Database.NewContext();
        var kept = await db.SourceCopies.SingleAsync();
        Assert.Equal(("editor@example.org", "<p>the notice</p>"), (kept.KeptBy, System.Text.Encoding.UTF8.GetString(kept.Content)));
    }

    [Fact]
    public async Task ADocumentOverTenMegabytesIsNotKept()
    {
        var key = (await SourceKeysAsync())[0];
        _server.Large("/huge", 11 * 1024 * 1024);
        await PointAtServerAsync(key, "/huge");

        var desk = RenderDesk();
        desk.WaitForElement($"[data-testid=check-{key}] [data-testid=keep-copy]").Click();

        desk.WaitForAssertion(() => Assert.Equal("No copy was kept: The document is larger than 10 MB, the most that is read.", desk.TestId("check-message")),
            TimeSpan.FromSeconds(20));
        await using var db = Database.NewContext();
        Assert.Equal(0, await db.SourceCopies.CountAsync());
    }

    private async Task PointAtServerAsync(string key, string path)
    {
        await using var db = Database.NewContext();
        await db.Sources.Where(s => s.Key == key).ExecuteUpdateAsync(s => s.SetProperty(x => x.Url, _server.Url(path)));
    }

    private IRenderedComponent<SourceChecksPage> RenderDesk()
    {
        _ = Services.GetRequiredService<DocumentServer>();
        Authorization.SetAuthorized("editor@example.org");
        Authorization.SetRoles("Editor");
        Authorization.SetPolicies(AccountExtensions.EditorsPolicy);
        return RenderPage<SourceChecksPage>("/edit/checks");
    }

    private async Task<List<string>> SourceKeysAsync()
    {
        await using var db = Database.NewContext();
        return await db.Sources.Where(s => s.Url != null && s.Url != "").OrderBy(s => s.Key).Select(s => s.Key).ToListAsync();
    }

    /// <summary>The source the sources page lists first: the newest published by today.</summary>
    private async Task<string> FirstListedSourceAsync()
    {
        _ = Services.GetRequiredService<DocumentServer>();
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        await using var db = Database.NewContext();
        return (await db.Sources.Where(s => s.PublishedOn == null || s.PublishedOn <= today).ToListAsync())
            .OrderByDescending(s => s.PublishedOn ?? DateOnly.MinValue).ThenBy(s => s.Publisher, StringComparer.Ordinal).ThenBy(s => s.Id).First().Key;
    }

    private async Task AddChecksAsync(params (string Key, SourceCheckOutcome Outcome, DateTimeOffset At)[] checks)
    {
        await using var db = Database.NewContext();
        db.SourceChecks.AddRange(checks.Select(c => new SourceCheck { SourceKey = c.Key, Address = "https://news.example/", Outcome = c.Outcome, CheckedAt = c.At, StatusCode = 200 }));
        await db.SaveChangesAsync();
    }
}
