using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Editing;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Host;

/// <summary>
/// Reading pages as issue 12 shapes them: rendered statically (no live connection), with plain GET forms and links,
/// output-cached until the store changes, compressed, and loaded with few queries.
/// </summary>
public sealed partial class ReadingPageTests : IAsyncLifetime
{
    private readonly TradeTalksAppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    public static TheoryData<string> ReadingPages =>
        ["/", "/timeline", "/tariffs", "/truce", "/measures", "/commitments", "/officials", "/indicators", "/claims", "/sources"];

    [Theory]
    [MemberData(nameof(ReadingPages))]
    public async Task AReadingPageRendersStaticallyAndOpensNoLiveConnection(string path)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // An interactive root would be marked for blazor.web.js to start a circuit on.
        Assert.DoesNotContain("\"type\":\"server\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"interactive\"", html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} set a cookie for an anonymous reader");
        // Nor state for one to pick up, which would cost encrypting it on every request (StaticReadingPages).
        Assert.DoesNotContain("Component-State", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEditorsDeskIsTheInteractivePart()
    {
        var route = typeof(TradeTalks.Web.Components.Pages.Edit.EditHome);

        Assert.False(route.IsDefined(typeof(Microsoft.AspNetCore.Components.ExcludeFromInteractiveRoutingAttribute), inherit: true));
        Assert.True(typeof(TradeTalks.Web.Components.Pages.Overview.Overview)
            .IsDefined(typeof(Microsoft.AspNetCore.Components.ExcludeFromInteractiveRoutingAttribute), inherit: true));
    }

    [Fact]
    public async Task RenderingTheOverviewRunsAtMostFiveQueries()
    {
        using var client = _app.CreateClient();
        await client.GetStringAsync("/?warm=1");
        using var log = new QueryLog(_app.DatabasePath);

        await client.GetStringAsync("/?asOf=2025-06-10");

        Assert.True(log.Commands.Count <= 5, $"{log.Commands.Count} queries:\n" + string.Join("\n\n", log.Commands));
    }

    [Fact]
    public async Task AReadingPageIsServedFromTheCacheUntilAnEditorChangesTheStore()
    {
        using var client = _app.CreateClient();
        await client.GetStringAsync("/timeline?kind=Talk");
        using var log = new QueryLog(_app.DatabasePath);

        var cached = await client.GetAsync("/timeline?kind=Talk");
        Assert.True(cached.Headers.Age is not null, "the second request was rendered again");
        Assert.Empty(log.Commands);

        var editor = _app.Services.GetRequiredService<RecordEditor>();
        var talk = (await editor.FindAsync("talks", "london-2025-06"))!;
        var edited = talk.DeepClone().AsObject();
        edited["place"] = "A place changed while the page was cached";
        await editor.SaveAsync("talks", talk, edited, "ed@example.org");

        var fresh = await client.GetAsync("/timeline?kind=Talk");
        Assert.Null(fresh.Headers.Age);
        Assert.Contains("A place changed while the page was cached", await fresh.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithTheOutputCacheTurnedOffEveryRequestIsRenderedAgain()
    {
        await using var uncached = _app.WithWebHostBuilder(builder => builder.UseSetting(TradeTalks.Web.Extensions.DashboardExtensions.OutputCacheKey, "false"));
        using var client = uncached.CreateClient();
        await client.GetStringAsync("/timeline?kind=Talk");
        using var log = new QueryLog(_app.DatabasePath);

        var again = await client.GetAsync("/timeline?kind=Talk");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Null(again.Headers.Age);
        Assert.NotEmpty(log.Commands);
        Assert.Contains("London", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOverviewRendersAgainWithoutAskingTheStoreUntilAnEditorChangesIt()
    {
        using var client = _app.CreateClient();
        await client.GetStringAsync("/?asOf=2025-06-10&first");
        using var log = new QueryLog(_app.DatabasePath);

        // Another address misses the page cache, but the figures are remembered.
        var again = await client.GetAsync("/?asOf=2025-06-10&second");
        Assert.Null(again.Headers.Age);
        Assert.Empty(log.Commands);

        var editor = _app.Services.GetRequiredService<RecordEditor>();
        var talk = (await editor.FindAsync("talks", "london-2025-06"))!;
        var edited = talk.DeepClone().AsObject();
        edited["title"] = "London round, renamed while its figures were remembered";
        await editor.SaveAsync("talks", talk, edited, "ed@example.org");

        Assert.Contains("London round, renamed while its figures were remembered",
            await client.GetStringAsync("/?asOf=2025-06-10&third"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task AReadingPageCarriesTheThemeOfTheReadersModeInItsHeadWithoutTheEditorsProviders(string mode)
    {
        var html = await PageInThemeAsync("/truce", mode);

        // In the head: the first paint has the reader's colours, and the HTML checker allows no <style> in the body.
        var end = html.IndexOf("</head>", StringComparison.Ordinal);
        Assert.Contains("<style class='mud-theme-provider'>", html[..end], StringComparison.Ordinal);
        Assert.Contains($"--mud-native-html-color-scheme: {mode};", html[..end], StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html[end..], StringComparison.Ordinal);
        Assert.DoesNotContain("mud-popover-provider", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSignInPageKeepsTheLightThemeWhenTheReaderChoseTheDarkOne()
    {
        var html = await PageInThemeAsync("/account/signin", "dark");

        var end = html.IndexOf("</head>", StringComparison.Ordinal);
        Assert.Contains("--mud-native-html-color-scheme: light;", html[..end], StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html[end..], StringComparison.Ordinal);
    }

    private async Task<string> PageInThemeAsync(string path, string mode)
    {
        using var client = _app.CreateClient(new() { HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"tt-theme={mode}");
        return await (await client.SendAsync(request)).Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("/", "nav-overview")]
    [InlineData("/truce?asOf=2025-06-10", "nav-truce")]
    [InlineData("/timeline?kind=Talk", "nav-timeline")]
    public async Task TheMenuMarksThePageInTheAddressAndNoOther(string path, string current)
    {
        using var client = _app.CreateClient();

        var html = await client.GetStringAsync(path);

        var marked = MarkedLinks().Matches(html).Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal([current], marked);
    }

    [GeneratedRegex("aria-current=\"page\"[^>]*data-testid=\"(?<id>nav-[a-z]+)\"")]
    private static partial Regex MarkedLinks();

    [Fact]
    public async Task PagesAreCompressedForBrowsersThatAskForIt()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/tariffs");
        request.Headers.AcceptEncoding.ParseAdd("br");

        var response = await client.SendAsync(request);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task TheThemeIsAFormPostThatSetsACookieAndReturnsToThePage()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        var response = await client.PostAsync("/preferences/theme",
            new FormUrlEncodedContent([new("theme", "dark"), new("returnUrl", "/tariffs?asOf=2025-06-10")]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tariffs?asOf=2025-06-10", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("tt-theme=dark", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);

        var dark = new HttpRequestMessage(HttpMethod.Get, "/tariffs?asOf=2025-06-10");
        dark.Headers.Add("Cookie", "tt-theme=dark");
        var darkHtml = await (await client.SendAsync(dark)).Content.ReadAsStringAsync();
        var lightHtml = await client.GetStringAsync("/tariffs?asOf=2025-06-10");
        Assert.Contains("aria-pressed=\"true\"", darkHtml, StringComparison.Ordinal);
        Assert.Contains("aria-pressed=\"false\"", lightHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("theme=purple&returnUrl=/", "The theme must be")]
    [InlineData("theme=dark&returnUrl=https://elsewhere.example/", null)]
    public async Task ABadThemeFormIsRefusedOrSentHome(string form, string? problem)
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.PostAsync("/preferences/theme", new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        if (problem is null)
        {
            Assert.Equal("/", response.Headers.Location!.OriginalString);
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(problem, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheAsOfPickerAndTheTimelineFiltersArePlainGetFormsThatKeepTheOtherParameters()
    {
        using var client = _app.CreateClient();

        var html = await client.GetStringAsync("/timeline?kind=Talk&side=China&asOf=2025-06-10&page=2");

        var picker = AsOfForm().Match(html);
        Assert.True(picker.Success);
        Assert.Contains("method=\"get\"", picker.Value, StringComparison.Ordinal);
        Assert.Contains("name=\"kind\" value=\"Talk\"", picker.Value, StringComparison.Ordinal);
        Assert.Contains("name=\"side\" value=\"China\"", picker.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"page\"", picker.Value, StringComparison.Ordinal);
        Assert.Contains("name=\"asOf\" value=\"2025-06-10\"", picker.Value, StringComparison.Ordinal);
        var filters = FilterForm().Match(html);
        Assert.True(filters.Success);
        Assert.Contains("type=\"hidden\" name=\"asOf\" value=\"2025-06-10\"", filters.Value, StringComparison.Ordinal);
        Assert.Matches("name=\"kind\" value=\"Talk\" checked", filters.Value);
    }

    [Theory]
    [InlineData("/tariffs?changes=999", "change-table")]
    [InlineData("/tariffs?layers=999", "layer-breakdown")]
    [InlineData("/timeline?page=999", "timeline-count")]
    public async Task APagePastTheEndShowsTheLastPage(string path, string testId)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"data-testid=\"{testId}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<form[^>]*data-testid=\"asof-picker\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex AsOfForm();

    [GeneratedRegex("<form[^>]*data-testid=\"timeline-filters\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex FilterForm();
}
