using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Preferences;

namespace TradeTalks.Tests.Host;

/// <summary>
/// Reading pages link only the MudBlazor rules they use (wwwroot/mudblazor-reading.css, a few KB) rather than all of
/// MudBlazor's sheet (600 KB), which a phone had to fetch before it could paint anything. That sheet is generated:
/// these tests render the reading pages in both themes, and fail when a page carries a MudBlazor class the sheet was
/// not made for, or when the sheet is no longer what MudBlazor's own makes of its list (after an upgrade). Either
/// way, write it again with <c>TRADETALKS_WRITE_READING_STYLES=1 dotnet test tests/TradeTalks.Tests --filter
/// ReadingStyleSheetTests</c> and commit it (docs/reading-pages.md).
/// </summary>
public sealed class ReadingStyleSheetTests : IAsyncLifetime
{
    private const string EditorPassword = "A-Good-Password-42";

    private const string ClassesLine = "   classes: ";

    private static readonly string SheetPath = Path.Combine(DataSetFiles.RepositoryRoot, "src", "TradeTalks.Web", "wwwroot", "mudblazor-reading.css");

    /// <summary>Every reading page, and the states of them that show what the plain page does not (later dates, bad input, filters).</summary>
    private static readonly string[] Addresses =
    [
        .. ReadingPageTests.ReadingPages.Select(row => row.Data), "/changes",
        "/?asOf=2025-06-10", "/?asOf=2026-06-10", "/truce?asOf=2025-06-10", "/truce?asOf=2026-06-10", "/measures?asOf=2026-06-10",
        "/commitments?asOf=2026-06-10", "/tariffs?asOf=2025-06-10", "/tariffs?range=decade", "/tariffs?range=custom&from=soon",
        "/timeline?kind=Talk&page=2", "/timeline?q=zzzz-no-match", "/timeline?person=jamieson-greer", "/timeline?after=abc",
        "/sources?page=999", "/?asOf=3000-01-01",
    ];

    private readonly TradeTalksAppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task EveryMudBlazorClassOnAReadingPageHasItsRulesInTheReadingStyleSheet()
    {
        var mudBlazor = await MudBlazorSheetAsync();
        var styled = StyleSheetSubset.ClassesIn(mudBlazor);
        var used = (await ClassesOnReadingPagesAsync()).Where(styled.Contains).ToHashSet(StringComparer.Ordinal);
        var listed = File.Exists(SheetPath) ? ListedClasses(await File.ReadAllTextAsync(SheetPath)) : [];

        if (Environment.GetEnvironmentVariable("TRADETALKS_WRITE_READING_STYLES") == "1")
        {
            await File.WriteAllTextAsync(SheetPath, Sheet(mudBlazor, [.. listed, .. used]));
            return;
        }

        var missing = used.Except(listed).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0,
            $"Reading pages carry MudBlazor classes that mudblazor-reading.css was not made for ({string.Join(", ", missing)}), so they " +
            "would show unstyled. Write the sheet again: TRADETALKS_WRITE_READING_STYLES=1 dotnet test tests/TradeTalks.Tests --filter ReadingStyleSheetTests");
    }

    [Fact]
    public async Task TheReadingStyleSheetIsWhatMudBlazorsOwnSheetGivesForItsClasses()
    {
        var mudBlazor = await MudBlazorSheetAsync();
        var sheet = await File.ReadAllTextAsync(SheetPath);

        Assert.True(Sheet(mudBlazor, ListedClasses(sheet)) == sheet,
            "mudblazor-reading.css is not what MudBlazor's sheet gives for the classes it lists (MudBlazor was upgraded, or the file was edited " +
            "by hand). Write it again: TRADETALKS_WRITE_READING_STYLES=1 dotnet test tests/TradeTalks.Tests --filter ReadingStyleSheetTests");
    }

    private async Task<string> MudBlazorSheetAsync()
    {
        using var client = _app.CreateClient();
        return await client.GetStringAsync("/_content/MudBlazor/MudBlazor.min.css");
    }

    private async Task<HashSet<string>> ClassesOnReadingPagesAsync()
    {
        var classes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var theme in new[] { "light", "dark" })
        {
            using var client = _app.CreateClient();
            foreach (var address in Addresses)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, address);
                request.Headers.Add("Cookie", $"{ReaderPreferences.ThemeCookie}={theme}");
                using var response = await client.SendAsync(request);
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{address} answered {response.StatusCode}");
                classes.UnionWith(StyleSheetSubset.ClassesOfPage(await response.Content.ReadAsStringAsync()));
            }
        }

        // A signed-in editor's app bar and menu carry the way to the editors' desk and out.
        await EditorAccounts.AddAsync(_app.Services, "editor@example.org", EditorPassword);
        using var editor = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await editor.GetStringAsync("/account/signin");
        var signedIn = await editor.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["__RequestVerificationToken"] = EditorAccounts.FormToken(form),
            ["Input.Email"] = "editor@example.org", ["Input.Password"] = EditorPassword,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        classes.UnionWith(StyleSheetSubset.ClassesOfPage(await editor.GetStringAsync("/tariffs")));
        return classes;
    }

    private static string Sheet(string mudBlazor, IEnumerable<string> classes)
    {
        var sorted = classes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var version = typeof(MudBlazor.MudButton).Assembly.GetName().Version;
        return "/* MudBlazor's rules that the reading pages use, from MudBlazor " + version + "'s MudBlazor.min.css\n" +
            "   (https://mudblazor.com/, Copyright (c) 2021 MudBlazor, MIT licence). Generated by ReadingStyleSheetTests: do not edit.\n" +
            ClassesLine + string.Join(' ', sorted) + "\n*/\n" +
            StyleSheetSubset.Keep(mudBlazor, sorted.ToHashSet(StringComparer.Ordinal)) + "\n";
    }

    private static HashSet<string> ListedClasses(string sheet)
    {
        var line = sheet.Split('\n').FirstOrDefault(l => l.StartsWith(ClassesLine, StringComparison.Ordinal)) ?? "";
        return line[Math.Min(line.Length, ClassesLine.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
    }
}
