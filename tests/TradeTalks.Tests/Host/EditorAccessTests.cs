using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Accounts;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Accounts;

namespace TradeTalks.Tests.Host;

/// <summary>Who reaches the editors' desk: readers are sent to sign in, Editors are kept from the Admins' pages, forms need their token.</summary>
public sealed partial class EditorAccessTests : IAsyncLifetime
{
    private const string Password = "A-Good-Password-42";

    private readonly TradeTalksAppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    public static TheoryData<string> EditorPages =>
    [
        "/edit", "/edit/talks", "/edit/talks/new", "/edit/talks/london-2025-06", "/edit/talks/london-2025-06/history",
        "/edit/locate?kinds=tariffChanges&key=us-reciprocal-2025-04-10", "/edit/export", "/edit/changes", "/edit/accounts", "/edit/import",
        "/account/password",
    ];

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task AnAnonymousRequestForAnEditorPageIsSentToSignInAndBack(string path)
    {
        using var client = NewClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/account/signin?returnUrl={Uri.EscapeDataString(path)}", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("/edit")]
    [InlineData("/edit/talks/new")]
    [InlineData("/edit/import")]
    public async Task AnAnonymousFormPostToAnEditorPageIsSentToSignInWithoutBeingRead(string path)
    {
        using var client = NewClient();

        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "x", ["key"] = "evil" }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/edit/accounts")]
    [InlineData("/edit/import")]
    [InlineData("/edit/changes")]
    public async Task AnEditorIsKeptFromTheAdminsPages(string path)
    {
        await AddAccountAsync("editor@example.org", EditorRoles.Editor);
        using var client = NewClient();
        await SignInAsync(client, "editor@example.org");

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/edit/talks")).StatusCode);
    }

    [Fact]
    public async Task AnAdminReachesTheAdminsPagesAndDownloadsTheStore()
    {
        await AddAccountAsync("admin@example.org", EditorRoles.Admin);
        using var client = NewClient();
        await SignInAsync(client, "admin@example.org");

        foreach (var path in new[] { "/edit/accounts", "/edit/import", "/edit/changes" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        }

        var export = await client.GetAsync("/edit/export");
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("tradetalks-2026-11-29", export.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
        Assert.Contains("\"formatVersion\": 1", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignInPostWithoutTheAntiforgeryTokenIsRefused()
    {
        await AddAccountAsync("editor@example.org", EditorRoles.Editor);
        using var client = NewClient();

        var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["Input.Email"] = "editor@example.org", ["Input.Password"] = Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("TradeTalks.SignIn", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ASignOutPostWithoutTheAntiforgeryTokenIsRefusedAndTheEditorStaysSignedIn()
    {
        await AddAccountAsync("editor@example.org", EditorRoles.Editor);
        using var client = NewClient();
        await SignInAsync(client, "editor@example.org");

        var response = await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/edit")).StatusCode);
    }

    [Fact]
    public async Task ADisabledAccountCannotSignIn()
    {
        await AddAccountAsync("gone@example.org", EditorRoles.Editor);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountManager>().DisableAsync("gone@example.org");
        }

        using var client = NewClient();
        var html = await PostSignInAsync(client, "gone@example.org", Password);

        // Refused in the words a wrong password gets (SignInSecurityTests), so the right password is not confirmed.
        Assert.Contains("is wrong, or the account is disabled", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/edit")).StatusCode);
    }

    [Fact]
    public async Task AnIssuedPasswordMustBeChangedBeforeTheEditorsDeskOpens()
    {
        await AddAccountAsync("new@example.org", EditorRoles.Editor, mustChange: true);
        using var client = NewClient();

        var signIn = await PostSignInAsync(client, "new@example.org", Password, follow: false);
        Assert.Contains("/account/password", signIn, StringComparison.Ordinal);
        var desk = await client.GetAsync("/edit");
        Assert.StartsWith("/account/denied", desk.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var form = await client.GetStringAsync("/account/password");
        var changed = await client.PostAsync("/account/password?returnUrl=%2Fedit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "password", ["__RequestVerificationToken"] = Token(form),
            ["Input.Current"] = Password, ["Input.New"] = "Chosen-By-Me-2026", ["Input.Confirm"] = "Chosen-By-Me-2026",
        }));
        Assert.Equal("/edit", changed.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/edit")).StatusCode);
    }

    [Fact]
    public async Task TheSignInCookieIsHttpOnlyAndLax()
    {
        await AddAccountAsync("editor@example.org", EditorRoles.Editor);
        using var client = NewClient();
        var form = await client.GetStringAsync("/account/signin");

        var response = await client.PostAsync("/account/signin", SignInForm(form, "editor@example.org", Password));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(v => v.StartsWith("TradeTalks.SignIn=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OutsideDevelopmentTheSignInCookieIsSecure()
    {
        await using var production = new TradeTalksAppFactory("Production");
        await using (var scope = production.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountManager>().AddAsync("editor@example.org", EditorRoles.Editor, Password);
        }

        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var page = await client.GetAsync("/account/signin");
        var form = await page.Content.ReadAsStringAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/account/signin") { Content = SignInForm(form, "editor@example.org", Password) };
        request.Headers.Add("Cookie", string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));

        var response = await client.SendAsync(request);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(v => v.StartsWith("TradeTalks.SignIn=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ASignInLinkReturnsOnlyToPagesOfThisSite()
    {
        await AddAccountAsync("editor@example.org", EditorRoles.Editor);
        using var client = NewClient();
        var form = await client.GetStringAsync("/account/signin");

        var local = await client.PostAsync("/account/signin?returnUrl=%2Fedit%2Ftalks", SignInForm(form, "editor@example.org", Password));
        var elsewhere = await NewClient().PostAsync("/account/signin?returnUrl=https%3A%2F%2Fevil.example%2F", SignInForm(form, "editor@example.org", Password));

        Assert.Equal("http://localhost/edit/talks", local.Headers.Location!.OriginalString);
        Assert.NotEqual(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.DoesNotContain("evil.example", elsewhere.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task ASignOutReturnsOnlyToThisSiteWhateverReturnAddressItIsGiven(string returnUrl)
    {
        await AddAccountAsync("editor@example.org", EditorRoles.Editor);
        using var client = NewClient();
        await SignInAsync(client, "editor@example.org");
        // A signed-in editor's reading pages carry the sign-out form (the editors' desk renders once connected).
        var page = await client.GetStringAsync("/truce");

        var response = await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page), ["returnUrl"] = returnUrl,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/edit")).StatusCode);
    }

    [Fact]
    public async Task AnOverlongOrScriptFilledSignInGetsMessagesNotAnError()
    {
        using var client = NewClient();

        var html = await PostSignInAsync(client, new string('a', 100_000) + "@example.org", "<script>alert(1)</script>");

        Assert.Contains("at most 256 characters", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnAPhoneASignedInEditorFindsTheEditorsDeskAndSignOutInTheMenu()
    {
        await AddAccountAsync("editor@example.org", EditorRoles.Editor);
        using var client = NewClient();
        var anonymous = await client.GetStringAsync("/truce");
        await SignInAsync(client, "editor@example.org");

        var html = await client.GetStringAsync("/truce");

        // The app bar's buttons are hidden below MudBlazor's sm breakpoint; the menu's block is shown only there.
        Assert.Matches("class=\"d-none d-sm-flex align-center\" data-testid=\"account-menu\"", html);
        var drawer = DrawerAccount().Match(html);
        Assert.True(drawer.Success, "no account block in the menu");
        Assert.Contains("d-flex d-sm-none", drawer.Value, StringComparison.Ordinal);
        Assert.Contains("Signed in as editor@example.org", drawer.Value, StringComparison.Ordinal);
        Assert.Contains("href=\"/edit\"", drawer.Value, StringComparison.Ordinal);
        Assert.Contains("action=\"/account/signout\"", drawer.Value, StringComparison.Ordinal);
        Assert.Contains("name=\"returnUrl\" value=\"/truce\"", drawer.Value, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", drawer.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("drawer-account", anonymous, StringComparison.Ordinal);

        // The menu's form signs out like the app bar's.
        var signOut = await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(drawer.Value), ["returnUrl"] = "/truce",
        }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.DoesNotContain("drawer-account", await client.GetStringAsync("/truce"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<div class=\"[^\"]*\" data-testid=\"drawer-account\">.*?</form>", RegexOptions.Singleline)]
    private static partial Regex DrawerAccount();

    private HttpClient NewClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private Task AddAccountAsync(string email, string role, bool mustChange = false) => EditorAccounts.AddAsync(_app.Services, email, Password, role, mustChange);

    private static async Task SignInAsync(HttpClient client, string email)
    {
        var form = await client.GetStringAsync("/account/signin");
        var response = await client.PostAsync("/account/signin", SignInForm(form, email, Password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Posts the sign-in form; returns the page it answers with, or where it redirects.</summary>
    private static async Task<string> PostSignInAsync(HttpClient client, string email, string password, bool follow = true)
    {
        var form = await client.GetStringAsync("/account/signin");
        var response = await client.PostAsync("/account/signin", SignInForm(form, email, password));
        return response.StatusCode == HttpStatusCode.Redirect ? response.Headers.Location!.OriginalString : await response.Content.ReadAsStringAsync();
    }

    private static FormUrlEncodedContent SignInForm(string form, string email, string password) => new(new Dictionary<string, string>
    {
        ["_handler"] = "signin", ["__RequestVerificationToken"] = Token(form), ["Input.Email"] = email, ["Input.Password"] = password,
    });

    private static string Token(string html) => EditorAccounts.FormToken(html);

}
