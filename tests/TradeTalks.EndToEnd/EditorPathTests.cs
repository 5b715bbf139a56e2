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
        await ChooseAsync(page, "changes[5].sources", "london opening", "opening of the London round");
        await page.Locator("[data-testid=save]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Saved");
        await ScreenshotAsync(page, "edit-tariff-layer-desktop");

        await OpenAsync(page, app.BaseAddress + "/tariffs");
        Assert.Equal("45", await TextAsync(page, "rate-us-on-cn"));
        await Assertions.Expect(page.GetByText("A test step-up recorded by an editor.").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=escalation-chart]")).ToContainTextAsync("45%");

        await OpenAsync(page, app.BaseAddress + "/edit/tariffLayers/us-reciprocal/history");
        await Assertions.Expect(page.Locator("[data-testid=version]").First).ToContainTextAsync("admin@example.org");
        await Assertions.Expect(page.Locator("[data-testid=version]").First).ToContainTextAsync("Tariff change us-reciprocal-2025-06-09 › Rate");
        AssertNoProblems();
    }

    [Fact]
    public async Task APermalinkCopiedFromCiteThisKeepsShowingTheRateItWasCopiedForAfterAnEditorChangesIt()
    {
        await using var app = new AppServer();
        await AddAccountAsync(app, "admin@example.org", "Admin");
        var page = await NewPageAsync();
        await OpenAsync(page, app.BaseAddress + "/tariffs");
        Assert.Equal("30", await TextAsync(page, "rate-us-on-cn"));
        await page.Locator("[data-testid=cite-this] summary").ClickAsync();
        var permalink = await page.Locator("[data-testid=permalink]").InputValueAsync();
        Assert.Contains("version=", permalink, StringComparison.Ordinal);

        await SignInAsync(page, app, "admin@example.org");
        await OpenAsync(page, app.BaseAddress + "/edit/tariffLayers/us-reciprocal");
        await page.Locator("[data-testid='add-changes']").ClickAsync();
        await FillAsync(page, "changes[5].rate", "25");
        await FillAsync(page, "changes[5].effectiveOn", "2025-06-09");
        await FillAsync(page, "changes[5].cause", "A test step-up recorded by an editor.");
        await ChooseAsync(page, "changes[5].sources", "london opening", "opening of the London round");
        await page.Locator("[data-testid=save]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Saved");

        await OpenAsync(page, app.BaseAddress + "/tariffs");
        Assert.Equal("45", await TextAsync(page, "rate-us-on-cn"));
        await OpenAsync(page, permalink);
        Assert.Equal("30", await TextAsync(page, "rate-us-on-cn"));
        await Assertions.Expect(page.Locator("[data-testid=published-banner]")).ToContainTextAsync("1 later correction is not shown.");
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
        await ChooseAsync(page, "participants", "he lifeng", "He Lifeng");
        await FillAsync(page, "summary", "The two sides spoke before London.");
        await ChooseAsync(page, "sources", "london opening", "opening of the London round");
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
        // An overlong paste is kept (up to four times the limit) and said to be too long, rather than cut short unseen.
        await Assertions.Expect(page.Locator("[data-field='summary'] .mud-input-helper-text.mud-input-error")).ToContainTextAsync("more than the 2000 allowed");

        await FillAsync(page, "on", "2025-06-08");
        await FillAsync(page, "summary", "A test of what a form does with markup.");
        await PickAsync(page, "side", "China");
        await ChooseAsync(page, "sources", "london opening", "opening of the London round");
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
                     ("/edit/checks", "edit-checks"),
                 })
        {
            await OpenAsync(page, app.BaseAddress + path);
            await page.WaitForTimeoutAsync(300);
            await CheckAsync(page, name, width, report);
        }

        Assert.True(report.Count == 0, string.Join(Environment.NewLine, report));
        AssertNoProblems();
    }

    /// <summary>The friction a new editor met in the first hour (issue 25), each item seen in the browser and captured.</summary>
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task ANewEditorFindsSourcesByTypingSeesTheNoteCountedAndReadsPlainWordsAndEasternTimes(string width)
    {
        await using var app = new AppServer();
        await AddAccountAsync(app, "new@example.org", "Editor");
        var page = width == "phone" ? await NewPageAsync(PhoneWidth, PhoneHeight) : await NewPageAsync();
        await SignInAsync(page, app, "new@example.org", $"friction-password-{width}");

        await OpenAsync(page, app.BaseAddress + "/edit/talks/new");
        await page.Locator("[data-field='sources'] input").First.FillAsync("london");
        // The list opens with every source on focus and narrows after a pause in the typing to the two sources that name
        // London, in their title or their key (AP's report of the framework is found by its key).
        var options = page.Locator(".mud-popover-open .mud-list-item");
        await Assertions.Expect(options).ToHaveCountAsync(2);
        await Assertions.Expect(options.Filter(new() { HasText = "London round" })).ToHaveCountAsync(1);
        await Assertions.Expect(options.Filter(new() { HasText = "agreed on a framework" })).ToHaveCountAsync(1);
        await page.WaitForTimeoutAsync(400); // the list's fade-in, for the picture
        await ScreenshotAsync(page, $"friction-sources-search-{width}");
        await page.Keyboard.PressAsync("Escape");

        await OpenAsync(page, app.BaseAddress + "/edit/talks/london-2025-06");
        // Typed (here pasted) without leaving the field: counted, kept whole, and marked before any save.
        var note = page.Locator("[data-field='note'] textarea").First;
        await note.FillAsync(new string('a', 2100));
        await Assertions.Expect(page.Locator("[data-field='note'] .mud-input-error").First).ToContainTextAsync("2100 characters long, more than the 2000 allowed");
        await Assertions.Expect(page.Locator("[data-field='note']")).ToContainTextAsync("2100 / 2000");
        Assert.Equal(2100, (await note.InputValueAsync()).Length);
        await page.Locator("[data-field='note']").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, $"friction-note-{width}");

        await OpenAsync(page, app.BaseAddress + "/edit/tariffLayers/us-301-2024-semiconductors");
        await Assertions.Expect(page.Locator("[data-field='authority'] input").First).ToHaveValueAsync("Section 301");
        await Assertions.Expect(page.Locator("[data-field='imposer'] input").First).ToHaveValueAsync("US");
        await page.Locator("[data-testid='add-changes']").ClickAsync();
        await FillAsync(page, "changes[1].effectiveOn", "2025-06-01");
        await Assertions.Expect(page.Locator("[data-field='changes[1].key'] input")).ToHaveValueAsync("us-301-2024-semiconductors-2025-06-01");
        var words = await page.Locator("main").InnerTextAsync();
        foreach (var spelling in new[] { "Section301", "UnitedStates", "United states", "effectiveOn", "True when" })
        {
            Assert.DoesNotContain(spelling, words, StringComparison.Ordinal);
        }

        await ScreenshotAsync(page, $"friction-layer-{width}");
        await page.Locator("[data-field='changes[1].key']").EvaluateAsync("field => field.scrollIntoView({ block: 'center' })");
        await ScreenshotAsync(page, $"friction-new-change-{width}");

        await OpenAsync(page, app.BaseAddress + "/edit/sources/new");
        await Assertions.Expect(page.Locator("[data-testid=form-intro]")).ToContainTextAsync("Fields marked * are required.");
        await Assertions.Expect(page.Locator("[data-testid=form-intro]")).Not.ToContainTextAsync("add the source first");
        await ScreenshotAsync(page, $"friction-new-source-{width}");

        await OpenAsync(page, app.BaseAddress + "/edit/talks/london-2025-06/history");
        var when = page.Locator("[data-testid=version] time").First;
        await Assertions.Expect(when).ToContainTextAsync("US Eastern");
        Assert.EndsWith(" UTC", await when.GetAttributeAsync("title"), StringComparison.Ordinal);
        await when.HoverAsync();
        await ScreenshotAsync(page, $"friction-history-{width}");
        AssertNoProblems();
    }

    private static async Task CheckAsync(IPage page, string name, string width, List<string> report)
    {
        await ScreenshotAsync(page, $"{name}-{width}");
        var result = await page.RunAxe(AccessibilityTests.WcagAandAA);
        report.AddRange(result.Violations.Select(v => $"{name} [{width}] {v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(4).Select(n => n.Target.ToString()))}"));
    }

    internal static async Task AddAccountAsync(AppServer app, string email, string role)
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
    internal static async Task SignInAsync(IPage page, AppServer app, string email, string? screenshot = null)
    {
        await page.GotoAsync(app.BaseAddress + "/edit");
        Assert.Contains("/account/signin", page.Url, StringComparison.Ordinal);
        await page.Locator("[data-testid=signin-email]").FillAsync(email);
        await page.Locator("[data-testid=signin-password]").FillAsync(FirstPassword);
        await page.Locator("[data-testid=signin-submit]").ClickAsync();
        await page.WaitForURLAsync("**/account/password**");
        // The sign-in has just checked the issued password: the change asks only for the new one.
        await Assertions.Expect(page.Locator("[data-testid=password-just-checked]")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-testid=password-current]").CountAsync());
        if (screenshot is not null)
        {
            await ScreenshotAsync(page, screenshot);
        }

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

    /// <summary>Adds a record to a searchable list (sources, people): types words, picks the option, sees its chip.</summary>
    private static async Task ChooseAsync(IPage page, string field, string words, string option)
    {
        var search = page.Locator($"[data-field='{field}'] input").First;
        await search.FillAsync(words);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        await Assertions.Expect(page.Locator($"[data-field='{field}'] .mud-chip").Filter(new() { HasText = option })).ToBeVisibleAsync();
        await search.BlurAsync();
    }

    /// <summary>Picks an option of a select by its text.</summary>
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
