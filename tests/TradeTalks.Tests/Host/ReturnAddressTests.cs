using System.Net;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Host;

/// <summary>Return addresses with characters a header cannot carry as they are: the redirect still goes there, encoded.</summary>
public sealed partial class ReturnAddressTests : IAsyncLifetime
{
    private const string Password = "A-Good-Password-42";

    private readonly KestrelAppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task ASignInWithANonAsciiReturnAddressSignsInAndGoesThere()
    {
        await AddAccountAsync("editor@example.org");
        using var client = _app.NewClient(cookies: true);
        var form = await client.GetStringAsync("/account/signin?returnUrl=%2F%C3%A9");

        var response = await client.PostAsync("/account/signin?returnUrl=%2F%C3%A9", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["__RequestVerificationToken"] = Token(form), ["Input.Email"] = "editor@example.org", ["Input.Password"] = Password,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/%C3%A9", response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery : response.Headers.Location.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("TradeTalks.SignIn=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/é", "/%C3%A9")]
    [InlineData("/timeline?q=关税 talks&kind=Talk", "/timeline?q=%E5%85%B3%E7%A8%8E%20talks&kind=Talk")]
    [InlineData("/timeline?q=%E5%85%B3", "/timeline?q=%E5%85%B3")]
    public async Task TheThemeButtonWithANonAsciiReturnAddressRemembersTheThemeAndGoesBack(string returnUrl, string location)
    {
        using var client = _app.NewClient();

        var response = await client.PostAsync("/preferences/theme", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["theme"] = "dark", ["returnUrl"] = returnUrl,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("tt-theme=dark", StringComparison.Ordinal));
    }

    private Task AddAccountAsync(string email) => EditorAccounts.AddAsync(_app.Services, email, Password);

    private static string Token(string html) => EditorAccounts.FormToken(html);

}
