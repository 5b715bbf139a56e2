using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TradeTalks.Accounts;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Accounts;

namespace TradeTalks.Tests.Host;

/// <summary>
/// What a stranger can learn or spoil through the sign-in form: whether an account exists, is disabled or locked,
/// whether a guessed password is right; whether they can lock an editor out; and whether a copied cookie outlives
/// its sign-out.
/// </summary>
public sealed partial class SignInSecurityTests : IAsyncLifetime
{
    private const string Password = "A-Good-Password-42";

    private const string WrongPassword = "Not-The-Password-1";

    private readonly App _app = new();

    /// <summary>The host with a password hasher that counts its checks, and clients that come through a proxy on this machine.</summary>
    private sealed class App : TradeTalksAppFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("SignIn:RateLimit:PermitLimit", "4");
            builder.ConfigureTestServices(services =>
            {
                services.Replace(ServiceDescriptor.Singleton<IPasswordHasher<EditorAccount>>(Hasher));
                services.AddSingleton<IStartupFilter, ThroughLocalProxy>();
            });
        }
    }

    /// <summary>Identity's own hasher, counting how many passwords it checked.</summary>
    private sealed class CountingHasher : IPasswordHasher<EditorAccount>
    {
        private readonly PasswordHasher<EditorAccount> _inner = new();
        private int _checks;

        public int Checks => Volatile.Read(ref _checks);

        public string HashPassword(EditorAccount user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(EditorAccount user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _checks);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    /// <summary>The test server gives no client address; here every request comes from nginx on loopback, which names the client.</summary>
    private sealed class ThroughLocalProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task EveryRefusedSignInAnswersInTheSameWordsWhetherTheAccountExistsIsDisabledOrIsLocked()
    {
        await AddAccountAsync("editor@example.org");
        await AddAccountAsync("gone@example.org");
        await AddAccountAsync("locked@example.org");
        await UpdateAccountAsync("gone@example.org", (manager, _) => manager.DisableAsync("gone@example.org"));
        await UpdateAccountAsync("locked@example.org", (_, users) => Lock(users, "locked@example.org"));

        var answers = new Dictionary<string, (HttpStatusCode Status, string Message)>
        {
            ["unknown"] = await RefusalAsync("203.0.113.1", "nobody@example.org", Password),
            ["wrong password"] = await RefusalAsync("203.0.113.2", "editor@example.org", WrongPassword),
            ["disabled, wrong password"] = await RefusalAsync("203.0.113.3", "gone@example.org", WrongPassword),
            ["disabled, right password"] = await RefusalAsync("203.0.113.4", "gone@example.org", Password),
            ["locked, wrong password"] = await RefusalAsync("203.0.113.5", "locked@example.org", WrongPassword),
            ["locked, right password"] = await RefusalAsync("203.0.113.6", "locked@example.org", Password),
        };

        var expected = answers["wrong password"];
        Assert.Equal(HttpStatusCode.OK, expected.Status);
        Assert.Contains("wrong", expected.Message, StringComparison.Ordinal);
        Assert.All(answers, answer => Assert.True(answer.Value == expected, $"{answer.Key}: {answer.Value}"));
    }

    [Fact]
    public async Task AnUnknownAddressCostsOnePasswordCheckAsAKnownOneDoes()
    {
        await AddAccountAsync("editor@example.org");
        await AddAccountAsync("gone@example.org");
        await UpdateAccountAsync("gone@example.org", (manager, _) => manager.DisableAsync("gone@example.org"));
        var checks = new Dictionary<string, int>();

        foreach (var (name, email) in new[] { ("unknown", "nobody@example.org"), ("known", "editor@example.org"), ("disabled", "gone@example.org") })
        {
            var before = _app.Hasher.Checks;
            await RefusalAsync("203.0.113.20", email, WrongPassword);
            checks[name] = _app.Hasher.Checks - before;
        }

        Assert.Equal(new Dictionary<string, int> { ["unknown"] = 1, ["known"] = 1, ["disabled"] = 1 }, checks);
    }

    [Fact]
    public async Task StrangersGuessingPasswordsCannotLockAnEditorOut()
    {
        await AddAccountAsync("editor@example.org");
        for (var i = 0; i < 9; i++)
        {
            await RefusalAsync($"198.51.100.{i / 3}", "editor@example.org", WrongPassword);
        }

        using var editor = NewClient("203.0.113.30");
        var signIn = await PostSignInAsync(editor, "editor@example.org", Password);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/edit")).StatusCode);
    }

    [Fact]
    public async Task TooManySignInsFromOneAddressAreRefusedOnTheSamePageWhileOtherAddressesSignIn()
    {
        await AddAccountAsync("editor@example.org");
        using var guesser = NewClient("198.51.100.7");
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostSignInAsync(guesser, "editor@example.org", WrongPassword)).StatusCode);
        }

        var checksBefore = _app.Hasher.Checks;
        var refused = await PostSignInAsync(guesser, "editor@example.org", Password);
        var page = await refused.Content.ReadAsStringAsync();
        using var editor = NewClient("203.0.113.31");
        var signIn = await PostSignInAsync(editor, "editor@example.org", Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 60 }, $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal("Too many sign-in attempts from your address; wait a minute and try again.", ErrorMessage(page));
        Assert.Contains("data-testid=\"signin-email\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(refused.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("TradeTalks.SignIn=", StringComparison.Ordinal)));
        Assert.Equal(checksBefore + 1, _app.Hasher.Checks); // the editor's, not the refused guess
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task ACopyOfTheSignInCookieStopsWorkingWithinAMinuteOfSigningOut()
    {
        await AddAccountAsync("editor@example.org");
        using var client = NewClient("203.0.113.40");
        var signIn = await PostSignInAsync(client, "editor@example.org", Password);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(v => v.StartsWith("TradeTalks.SignIn=", StringComparison.Ordinal)).Split(';')[0];
        using var copy = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/edit")).StatusCode);

        var page = await client.GetStringAsync("/truce");
        var signOut = await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page), ["returnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        _app.Time.Advance(TimeSpan.FromSeconds(61));

        var afterwards = await copy.GetAsync("/edit");

        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/account/signin", afterwards.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningInAgainAfterSigningOutWorks()
    {
        await AddAccountAsync("editor@example.org");
        using var client = NewClient("203.0.113.41");
        await PostSignInAsync(client, "editor@example.org", Password);
        var page = await client.GetStringAsync("/truce");
        await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page), ["returnUrl"] = "/",
        }));

        var again = await PostSignInAsync(client, "editor@example.org", Password);
        _app.Time.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/edit")).StatusCode);
    }

    private async Task<(HttpStatusCode Status, string Message)> RefusalAsync(string clientAddress, string email, string password)
    {
        using var client = NewClient(clientAddress);
        var response = await PostSignInAsync(client, email, password);
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("TradeTalks.SignIn=", StringComparison.Ordinal)));
        return (response.StatusCode, ErrorMessage(await response.Content.ReadAsStringAsync()));
    }

    private HttpClient NewClient(string clientAddress)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        return client;
    }

    private Task AddAccountAsync(string email) => EditorAccounts.AddAsync(_app.Services, email, Password);

    private async Task UpdateAccountAsync(string email, Func<AccountManager, UserManager<EditorAccount>, Task> change)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<AccountManager>(), scope.ServiceProvider.GetRequiredService<UserManager<EditorAccount>>());
    }

    /// <summary>Locks an account as Identity's lock-out does (the change-password form still locks after wrong current passwords).</summary>
    private static async Task Lock(UserManager<EditorAccount> users, string email)
    {
        var account = (await users.FindByEmailAsync(email))!;
        // Identity compares a lock-out's end with the system clock, not the app's.
        await users.SetLockoutEndDateAsync(account, TimeProvider.System.GetUtcNow().AddMinutes(15));
    }

    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/account/signin");
        return await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["__RequestVerificationToken"] = Token(form), ["Input.Email"] = email, ["Input.Password"] = password,
        }));
    }

    private static string ErrorMessage(string html) => WebUtility.HtmlDecode(Regex.Replace(ErrorAlert().Match(html).Groups[1].Value, "<[^>]+>", "")).Trim();

    private static string Token(string html) => EditorAccounts.FormToken(html);

    [GeneratedRegex("data-testid=\"signin-error\"[^>]*>(.*?)</div>\\s*</div>", RegexOptions.Singleline)]
    private static partial Regex ErrorAlert();

}
