using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using TradeTalks.SourceChecks;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.SourceChecks;

public sealed class SourceFetcherTests : IAsyncLifetime
{
    private DocumentServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await DocumentServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ADocumentIsFetchedWithItsStatusTypeAndHash()
    {
        _server.Document("/notice", "<h1>Notice</h1>");
        using var fetcher = Fetcher(allowPrivate: true);

        var fetch = await fetcher.FetchAsync(_server.Url("/notice"), keepBody: true, CancellationToken.None);

        Assert.Null(fetch.Problem);
        Assert.Equal(200, fetch.StatusCode);
        Assert.StartsWith("text/html", fetch.ContentType);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("<h1>Notice</h1>"))), fetch.Sha256);
        Assert.Equal("<h1>Notice</h1>", Encoding.UTF8.GetString(fetch.Body!));
    }

    [Fact]
    public async Task TheServerIsToldWhichAppAsksAndGetsNoCookiesOrCredentialsBack()
    {
        _server.Redirect("/old", "/new");
        _server.Document("/new", "<p>moved here</p>");
        using var fetcher = Fetcher(allowPrivate: true);

        var fetch = await fetcher.FetchAsync(_server.Url("/old").Replace("http://", "http://reader:secret@"), keepBody: false, CancellationToken.None);

        Assert.Equal(_server.Url("/new"), fetch.FinalAddress);
        Assert.All(_server.Requests, request =>
        {
            Assert.StartsWith($"TradeTalks/{SourceFetcher.AppVersion} (", request.UserAgent);
            Assert.Null(request.Cookie);
            Assert.Null(request.Authorization);
        });
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task ALoopbackAddressIsRefusedBeforeAnythingIsSent()
    {
        _server.Document("/notice", "<h1>Notice</h1>");
        using var fetcher = Fetcher(allowPrivate: false);

        var fetch = await fetcher.FetchAsync(_server.Url("/notice"), keepBody: false, CancellationToken.None);

        Assert.Contains("not a public address", fetch.Problem);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ARedirectToLoopbackIsCheckedAgainAndRefused()
    {
        // The test's own server counts as public here, so that only the redirect's target is judged.
        _server.Redirect("/notice", $"http://127.0.0.2:{_server.BaseAddress.Port}/admin");
        using var fetcher = Fetcher(allowPrivate: false, alsoAllowed: a => a.Equals(IPAddress.Loopback));

        var fetch = await fetcher.FetchAsync(_server.Url("/notice"), keepBody: false, CancellationToken.None);

        Assert.Contains("127.0.0.2", fetch.Problem);
        Assert.Contains("not a public address", fetch.Problem);
        Assert.Equal(["/notice"], _server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task ARedirectToANameThatResolvesToTheMetadataServiceIsRefused()
    {
        _server.Redirect("/notice", "http://metadata.example/latest/meta-data/");
        using var fetcher = Fetcher(allowPrivate: false, alsoAllowed: a => a.Equals(IPAddress.Loopback),
            resolve: AddressGuardTests.Resolver(("metadata.example", "169.254.169.254")));

        var fetch = await fetcher.FetchAsync(_server.Url("/notice"), keepBody: false, CancellationToken.None);

        Assert.Contains("metadata.example (169.254.169.254) is not a public address", fetch.Problem);
    }

    [Theory]
    [InlineData("ftp://files.example/notice.pdf")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not an address")]
    public async Task OnlyHttpAndHttpsAddressesAreFetched(string address)
    {
        using var fetcher = Fetcher(allowPrivate: true);

        var fetch = await fetcher.FetchAsync(address, keepBody: false, CancellationToken.None);

        Assert.Equal("The address is not an http or https address, so it is not fetched.", fetch.Problem);
    }

    [Fact]
    public async Task ARedirectToAFileAddressIsNotFollowed()
    {
        _server.Redirect("/notice", "file:///etc/passwd");
        using var fetcher = Fetcher(allowPrivate: true);

        var fetch = await fetcher.FetchAsync(_server.Url("/notice"), keepBody: false, CancellationToken.None);

        Assert.Equal("It redirects to file:///etc/passwd, which is not an http or https address.", fetch.Problem);
    }

    [Fact]
    public async Task RedirectsAreFollowedOnlyUpToTheCap()
    {
        _server.Redirect("/a", "/b");
        _server.Redirect("/b", "/a");
        using var fetcher = Fetcher(allowPrivate: true);

        var fetch = await fetcher.FetchAsync(_server.Url("/a"), keepBody: false, CancellationToken.None);

        Assert.StartsWith("It redirects more than 5 times", fetch.Problem);
        Assert.Equal(6, _server.Requests.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ABodyOverTheCapIsNotReadToTheEnd(bool declareLength)
    {
        _server.Large("/huge", 3 * 1024 * 1024, declareLength);
        using var fetcher = Fetcher(allowPrivate: true, maxBytes: 1024 * 1024);

        var fetch = await fetcher.FetchAsync(_server.Url("/huge"), keepBody: true, CancellationToken.None);

        Assert.Equal("The document is larger than 1 MB, the most that is read.", fetch.Problem);
        Assert.Null(fetch.Body);
    }

    [Fact]
    public async Task ASlowAnswerIsGivenUpAfterTheTimeLimit()
    {
        _server.Slow("/slow", TimeSpan.FromSeconds(30));
        using var fetcher = Fetcher(allowPrivate: true, timeoutSeconds: 1);

        var fetch = await fetcher.FetchAsync(_server.Url("/slow"), keepBody: false, CancellationToken.None);

        Assert.Equal("No full answer within 1 seconds from 127.0.0.1.", fetch.Problem);
    }

    private static SourceFetcher Fetcher(
        bool allowPrivate, Func<IPAddress, bool>? alsoAllowed = null, ResolveHost? resolve = null, long maxBytes = 10 * 1024 * 1024, double timeoutSeconds = 10)
    {
        var options = new SourceCheckOptions { AllowPrivateAddresses = allowPrivate, MaxBytes = maxBytes, TimeoutSeconds = timeoutSeconds };
        return new SourceFetcher(new AddressGuard(resolve ?? AddressGuardTests.Resolver(), allowPrivate, alsoAllowed), Options.Create(options));
    }
}
