using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Host;

/// <summary>
/// The change of an issued password at the first sign-in: the sign-in has just checked the issued password, so the
/// change asks only for the new one; anything later than that, or a change by choice, asks for the current one.
/// </summary>
public sealed partial class FirstPasswordTests : IAsyncLifetime
{
    private const string Issued = "Issued-Password-42";
    private const string Chosen = "Chosen-By-Me-2026";

    private readonly TradeTalksAppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task RightAfterSigningInWithAnIssuedPasswordTheChangeAsksOnlyForTheNewOne()
    {
        await AddAccountAsync("new@example.org", mustChange: true);
        using var client = NewClient();
        var signIn = await PostSignInAsync(client, "new@example.org", Issued);
        Assert.Equal("/account/password", signIn.Headers.Location!.AbsolutePath);
        Assert.All(signIn.Headers.GetValues("Set-Cookie"), cookie => Assert.DoesNotContain(Issued, cookie, StringComparison.Ordinal));

        var form = await client.GetStringAsync("/account/password");
        Assert.DoesNotContain("data-testid=\"password-current\"", form, StringComparison.Ordinal);
        var changed = await PostChangeAsync(client, form, current: null);

        Assert.Equal("/edit", changed.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/edit")).StatusCode);
        using var again = NewClient();
        Assert.Equal("/edit", (await PostSignInAsync(again, "new@example.org", Chosen)).Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task TenMinutesAfterTheSignInTheChangeAsksForTheIssuedPasswordAgain()
    {
        await AddAccountAsync("slow@example.org", mustChange: true);
        using var client = NewClient();
        await PostSignInAsync(client, "slow@example.org", Issued);

        _app.Time.Advance(TimeSpan.FromMinutes(11));
        var form = await client.GetStringAsync("/account/password");
        Assert.Contains("data-testid=\"password-current\"", form, StringComparison.Ordinal);
        var refused = await PostChangeAsync(client, form, current: null);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Enter the password you signed in with.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var changed = await PostChangeAsync(client, form, current: Issued);
        Assert.Equal("/edit", changed.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task AChangeByChoiceStillAsksForTheCurrentPassword()
    {
        await AddAccountAsync("old@example.org", mustChange: false);
        using var client = NewClient();
        await PostSignInAsync(client, "old@example.org", Issued);

        var form = await client.GetStringAsync("/account/password");
        Assert.Contains("data-testid=\"password-current\"", form, StringComparison.Ordinal);
        var refused = await PostChangeAsync(client, form, current: null);
        Assert.Contains("Enter the password you signed in with.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheProofOfTheSignInCountsForOneChangeOnly()
    {
        await AddAccountAsync("twice@example.org", mustChange: true);
        using var client = NewClient();
        await PostSignInAsync(client, "twice@example.org", Issued);
        await PostChangeAsync(client, await client.GetStringAsync("/account/password"), current: null);

        var form = await client.GetStringAsync("/account/password");

        Assert.Contains("data-testid=\"password-current\"", form, StringComparison.Ordinal);
    }

    private HttpClient NewClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private Task AddAccountAsync(string email, bool mustChange) => EditorAccounts.AddAsync(_app.Services, email, Issued, mustChange: mustChange);

    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/account/signin");
        var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["__RequestVerificationToken"] = Token(form), ["Input.Email"] = email, ["Input.Password"] = password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    private static Task<HttpResponseMessage> PostChangeAsync(HttpClient client, string form, string? current)
    {
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "password", ["__RequestVerificationToken"] = Token(form), ["Input.New"] = Chosen, ["Input.Confirm"] = Chosen,
        };
        if (current is not null)
        {
            fields["Input.Current"] = current;
        }

        return client.PostAsync("/account/password?returnUrl=%2Fedit", new FormUrlEncodedContent(fields));
    }

    private static string Token(string html) => EditorAccounts.FormToken(html);

}
