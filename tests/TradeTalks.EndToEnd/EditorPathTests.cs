using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TradeTalks.EndToEnd.Support;
using TradeTalks.Web.Commands;

namespace TradeTalks.EndToEnd;

/// <summary>
/// What an editor does, in a real Chromium, each test on a store of its own (edits would change what the reader tests
/// see). The server's clock runs from 10 June 2025, 12:00 US Eastern, when the US charges China 30% (20% fentanyl
/// order + 10% reciprocal) and the reciprocal layer's last change took effect on 14 May 2025.
/// </summary>
public sealed class EditorPathTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string FirstPassword = "Issued-On-The-Cli-1";
    private const string OwnPassword = "My-Own-Password-2025";

    [Fact]
    public async Task AnAdminMadeOnTheCommandLineRecordsATariffChangeWithASourceAndThePublicPagesShowIt()
    {
        await using var app = new AppServer();
        await AddAccountAsync(app, "admin@example.org", "Admin");
        var page = await NewPageAsync();

        await SignInAsync(page, app, "admin@example.org");
        await OpenAsync(page, app.BaseAddress + "/edit/tariffLayers/us-reciprocal");
        await page.Locator("[data-testid='add-changes']").ClickAsync();
        await FillAsync(page, "changes[5].rate", "25");
        await FillAsync(page, "changes[5].effectiveOn", "2025-06-09");
        await FillAsync(page, "changes[5].cause", "A test step-up recorded by an editor.");
        await PickAsync(page, "changes[5].sources", "opening of the London round");
        await page.Locator("[data-testid=save]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Saved");
        await ScreenshotAsync(page, "edit-tariff-layer-desktop");

        await OpenAsync(page, app.BaseAddress + "/tariffs");
        Assert.Equal("45", await TextAsync(page, "rate-us-on-cn"));
        await Assertions.Expect(page.GetByText("A test step-up recorded by an editor.").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=escalation-chart]")).ToContainTextAsync("45%");

        await OpenAsync(page, app.BaseAddress + "/edit/tariffLayers/us-reciprocal/history");
        await Assertions.Expect(page.Locator("[data-testid=version]").First).ToContainTextAsync("admin@example.org");
        await Assertions.Expect(page.Locator("[data-testid=version]").First).ToContainTextAsync("Tariff change us-reciprocal-6 › Rate");
        AssertNoProblems();
    }

    [Fact]
    public async Task AnEditorRecordsANewTalkWithItsPeopleAndSourceAndReadersSeeIt()
    {
        await using var app = new AppServer();
        await AddAccountAsync(app, "editor@example.org", "Editor");
        var page = await NewPageAsync();
        await SignInAsync(page, app, "editor@example.org");

        await OpenAsync(page, app.BaseAddress + "/edit/talks/new");
        await FillAsync(page, "key", "call-2025-06-08");
        await PickAsync(page, "kind", "Phone call");
        await FillAsync(page, "title", "A call recorded by an editor");
        await FillAsync(page, "place", "By telephone");
        await FillAsync(page, "firstDay", "2025-06-08");
        await FillAsync(page, "lastDay", "2025-06-08");
        await PickAsync(page, "participants", "He Lifeng");
        await FillAsync(page, "summary", "The two sides spoke before London.");
        await PickAsync(page, "sources", "opening of the London round");
        await page.Locator("[data-testid=save]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Added the talk");
        await page.WaitForURLAsync("**/edit/talks/call-2025-06-08");

        await OpenAsync(page, app.BaseAddress + "/timeline?kind=Talk");
        var entry = page.Locator("[data-testid=timeline-item]").Filter(new() { HasText = "A call recorded by an editor" });
        await Assertions.Expect(entry).ToContainTextAsync("He Lifeng");
        await Assertions.Expect(entry).ToContainTextAsync("By telephone");
        await OpenAsync(page, app.BaseAddress + "/edit/talks/call-2025-06-08/history");
        await Assertions.Expect(page.Locator("[data-testid=version]").First).ToContainTextAsync("Added");
        AssertNoProblems();
    }

    [Fact]
    public async Task WhenTwoEditorsChangeOneRecordTheSecondSaveIsRefusedWithWhatTheFirstChanged()
    {
        await using var app = new AppServer();
        await AddAccountAsync(app, "first@example.org", "Editor");
        await AddAccountAsync(app, "second@example.org", "Editor");
        var first = await NewPageAsync();
        var second = await NewPageAsync();
        await SignInAsync(first, app, "first@example.org");
        await SignInAsync(second, app, "second@example.org");
        await OpenAsync(first, app.BaseAddress + "/edit/talks/london-2025-06");
        await OpenAsync(second, app.BaseAddress + "/edit/talks/london-2025-06");

        await FillAsync(first, "place", "Lancaster House, after the first edit");
        await first.Locator("[data-testid=save]").ClickAsync();
        await Assertions.Expect(first.Locator(".mud-snackbar")).ToContainTextAsync("Saved");

        await FillAsync(second, "place", "Somewhere else");
        await second.Locator("[data-testid=save]").ClickAsync();
        var conflict = second.Locator("[data-testid=conflict]");
        await Assertions.Expect(conflict).ToContainTextAsync("first@example.org changed this talk");
        await Assertions.Expect(conflict).ToContainTextAsync("Lancaster House, after the first edit");
        await ScreenshotAsync(second, "edit-conflict-desktop");

        await OpenAsync(second, app.BaseAddress + "/officials");
        await OpenAsync(second, app.BaseAddress + "/timeline?kind=Talk");
        await Assertions.Expect(second.GetByText("Lancaster House, after the first edit").First).ToBeVisibleAsync();
        AssertNoProblems();
    }

    [Fact]
    public async Task ARestoreFromTheHistoryBringsTheOldValueBack()
    {
        await using var app = new AppServer();
        await AddAccountAsync(app, "editor@example.org", "Editor");
        var page = await NewPageAsync();
        await SignInAsync(page, app, "editor@example.org");
        await OpenAsync(page, app.BaseAddress + "/edit/talks/london-2025-06");
        var before = await page.Locator("[data-field='title'] input").InputValueAsync();

        await FillAsync(page, "title", "A title that will be undone");
        await page.Locator("[data-testid=save]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Saved");
        await OpenAsync(page, app.BaseAddress + "/timeline?kind=Talk");
        await Assertions.Expect(page.GetByText("A title that will be undone")).ToBeVisibleAsync();

        await OpenAsync(page, app.BaseAddress + "/edit/talks/london-2025-06/history");
        await page.Locator("[data-testid=restore-before]").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=restore-preview]")).ToContainTextAsync("A title that will be undone");
        await page.Locator("[data-testid=restore-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Restored");
        await Assertions.Expect(page.Locator("[data-testid=version]")).ToHaveCountAsync(3);
        await ScreenshotAsync(page, "edit-history-desktop");

        await OpenAsync(page, app.BaseAddress + "/timeline?kind=Talk");
        await Assertions.Expect(page.GetByText(before).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("A title that will be undone")).ToHaveCountAsync(0);
        AssertNoProblems();
    }

    [Fact]
    public async Task BadInputGetsMessagesAtTheFieldsAndScriptTagsStayInert()
    {
        await using var app = new AppServer();
        await AddAccountAsync(app, "editor@example.org", "Editor");
        var page = await NewPageAsync(PhoneWidth, PhoneHeight);
        await SignInAsync(page, app, "editor@example.org");

        await OpenAsync(page, app.BaseAddress + "/edit/developments/new");
        await page.Locator("[data-testid=save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=problem-summary]")).ToBeVisibleAsync();
        foreach (var field in new[] { "key", "side", "on", "title", "summary", "sources" })
        {
            await Assertions.Expect(page.Locator($"[data-field='{field}'] .mud-input-error").First).ToBeVisibleAsync();
        }

        await ScreenshotAsync(page, "edit-new-empty-phone");
        await FillAsync(page, "key", "script-test");
        await FillAsync(page, "on", "1066-10-14");
        await FillAsync(page, "title", "<script>window.__pwned = true</script><img src=x onerror=\"window.__pwned = true\">");
        await FillAsync(page, "summary", new string('x', 100_000));
        await page.Locator("[data-testid=save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-field='on'] .mud-input-helper-text.mud-input-error")).ToContainTextAsync("1900");

        await FillAsync(page, "on", "2025-06-08");
        await PickAsync(page, "side", "China");
        await PickAsync(page, "sources", "opening of the London round");
        await page.Locator("[data-testid=save]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Added");

        await OpenAsync(page, app.BaseAddress + "/timeline?kind=Development");
        await Assertions.Expect(page.GetByText("<script>window.__pwned = true</script>", new() { Exact = false }).First).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<bool?>("() => window.__pwned"));
        AssertNoProblems();
    }

    [Fact]
    public async Task AnAdminUploadsADataSetSeesWhatItWouldChangeAndOnlyThenImportsIt()
    {
        await using var app = new AppServer();
        await AddAccountAsync(app, "admin@example.org", "Admin");
        var page = await NewPageAsync();
        await SignInAsync(page, app, "admin@example.org");
        await OpenAsync(page, app.BaseAddress + "/edit");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export]").ClickAsync());
        Assert.Equal("tradetalks-2025-06-10.json", download.SuggestedFilename);
        var file = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync((await download.PathAsync())!))!;
        file["talks"]![2]!["place"] = "Imported place";

        await OpenAsync(page, app.BaseAddress + "/edit/import");
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload
        {
            Name = "broken.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes("{ \"formatVersion\": 1, \"sources\": [ }"),
        });
        await Assertions.Expect(page.Locator("[data-testid=import-problems]")).ToContainTextAsync("not valid JSON: line 1");

        await page.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload
        {
            Name = "changed.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(file.ToJsonString()),
        });
        var report = page.Locator("[data-testid=import-report]");
        await Assertions.Expect(report).ToContainTextAsync("What the import would do");
        await report.Locator("summary").First.ClickAsync();
        await Assertions.Expect(report).ToContainTextAsync("Imported place");
        await ScreenshotAsync(page, "edit-import-rehearsed-desktop");
        await OpenAsync(page, app.BaseAddress + "/timeline?kind=Talk");
        await Assertions.Expect(page.GetByText("Imported place")).ToHaveCountAsync(0);

        await OpenAsync(page, app.BaseAddress + "/edit/import");
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload
        {
            Name = "changed.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(file.ToJsonString()),
        });
        await page.Locator("[data-testid=import-confirm]").ClickAsync();
        await Assertions.Expect(report).ToContainTextAsync("Imported · changed.json");

        await OpenAsync(page, app.BaseAddress + "/edit/changes");
        await Assertions.Expect(page.Locator("[data-testid=change-list] tbody tr").First).ToContainTextAsync("Import: 1 changed");
        await Assertions.Expect(page.Locator("[data-testid=change-list] tbody tr").First).ToContainTextAsync("changed.json · SHA-256");
        await OpenAsync(page, app.BaseAddress + "/timeline?kind=Talk");
        await Assertions.Expect(page.GetByText("Imported place").First).ToBeVisibleAsync();
        AssertNoProblems();
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task TheEditorsPagesHaveNoAccessibilityViolationsAndAreCapturedForReview(string width)
    {
        await using var app = new AppServer();
        await AddAccountAsync(app, "admin@example.org", "Admin");
        var page = width == "phone" ? await NewPageAsync(PhoneWidth, PhoneHeight) : await NewPageAsync();
        var report = new List<string>();

        await page.GotoAsync(app.BaseAddress + "/account/signin?returnUrl=%2Fedit");
        await CheckAsync(page, "account-signin", width, report);
        await SignInAsync(page, app, "admin@example.org");
        foreach (var (path, name) in new[]
                 {
                     ("/edit", "edit-home"), ("/edit/talks", "edit-talks"), ("/edit/talks/london-2025-06", "edit-talk"),
                     ("/edit/truceWindows/geneva-truce", "edit-truce-window"), ("/edit/talks/london-2025-06/history", "edit-talk-history"),
                     ("/edit/changes", "edit-changes"), ("/edit/accounts", "edit-accounts"), ("/edit/import", "edit-import"),
                 })
        {
            await OpenAsync(page, app.BaseAddress + path);
            await page.WaitForTimeoutAsync(300);
            await CheckAsync(page, name, width, report);
        }

        Assert.True(report.Count == 0, string.Join(Environment.NewLine, report));
        AssertNoProblems();
    }

    private static async Task CheckAsync(IPage page, string name, string width, List<string> report)
    {
        await ScreenshotAsync(page, $"{name}-{width}");
        var result = await page.RunAxe(AccessibilityTests.WcagAandAA);
        report.AddRange(result.Violations.Select(v => $"{name} [{width}] {v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(4).Select(n => n.Target.ToString()))}"));
    }

    private static async Task AddAccountAsync(AppServer app, string email, string role)
    {
        var output = new StringWriter();
        var exit = await AppCommandLine.InvokeAsync(["users", "add", email, "--role", role, "--password-stdin"], _ => Task.FromResult(0), new CommandContext
        {
            Output = output,
            Error = output,
            OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(FirstPassword + "\n")),
            ConfigureHost = builder => builder.Configuration["ConnectionStrings:TradeTalks"] = app.ConnectionString,
        });
        Assert.True(exit == 0, output.ToString());
    }

    /// <summary>Signs in with the issued password, then chooses one's own as the first sign-in asks.</summary>
    private static async Task SignInAsync(IPage page, AppServer app, string email)
    {
        await page.GotoAsync(app.BaseAddress + "/edit");
        Assert.Contains("/account/signin", page.Url, StringComparison.Ordinal);
        await page.Locator("[data-testid=signin-email]").FillAsync(email);
        await page.Locator("[data-testid=signin-password]").FillAsync(FirstPassword);
        await page.Locator("[data-testid=signin-submit]").ClickAsync();
        await page.WaitForURLAsync("**/account/password**");
        await page.Locator("[data-testid=password-current]").FillAsync(FirstPassword);
        await page.Locator("[data-testid=password-new]").FillAsync(OwnPassword);
        await page.Locator("[data-testid=password-confirm]").FillAsync(OwnPassword);
        await page.Locator("[data-testid=password-submit]").ClickAsync();
        await page.WaitForURLAsync("**/edit");
        await WaitInteractiveAsync(page);
    }

    private static async Task FillAsync(IPage page, string field, string value)
    {
        var input = page.Locator($"[data-field='{field}'] input, [data-field='{field}'] textarea").First;
        await input.FillAsync(value);
        await input.BlurAsync();
    }

    /// <summary>Picks an option of a select (or one more of a multiple select) by its text.</summary>
    private static async Task PickAsync(IPage page, string field, string option)
    {
        await page.Locator($"[data-field='{field}'] .mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        var open = page.Locator(".mud-popover-open .mud-list-item");
        try
        {
            // A single select closes on the pick (after its animation).
            await open.First.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 1_500 });
            return;
        }
        catch (TimeoutException)
        {
            // A multiple select stays open for more picks; a second click on it closes it, as a person would.
            await page.Locator($"[data-field='{field}'] .mud-select .mud-input-slot").First.ClickAsync(new() { Force = true });
        }

        await open.First.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 5_000 });
    }
}
