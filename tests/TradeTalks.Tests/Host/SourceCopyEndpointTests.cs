using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Accounts;
using TradeTalks.SourceChecks;
using TradeTalks.Store;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Host;

/// <summary>A kept copy of a source is someone else's document: only editors may open it, and it runs sandboxed.</summary>
public sealed class SourceCopyEndpointTests : IAsyncLifetime
{
    private const string Password = "A-Good-Password-42";
    private readonly TradeTalksAppFactory _app = new();
    private long _id;

    public async ValueTask InitializeAsync()
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<TradeTalksDbContext>>().CreateDbContextAsync();
        var copy = new SourceCopy
        {
            SourceKey = "some-source", KeptBy = "editor@example.org", Address = "https://news.example/notice", ContentType = "text/html",
            Sha256 = "00", Length = 36, Content = "<script>alert(document.cookie)</script>"u8.ToArray(), KeptAt = _app.Time.GetUtcNow(),
        };
        db.SourceCopies.Add(copy);
        await db.SaveChangesAsync();
        _id = copy.Id;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task AReaderIsSentToSignInRatherThanShownTheCopy()
    {
        using var client = NewClient();

        var response = await client.GetAsync($"/edit/copies/{_id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditorGetsTheCopyAsKeptInASandbox()
    {
        await EditorAccounts.AddAsync(_app.Services, "editor@example.org", Password, EditorRoles.Editor);
        using var client = NewClient();
        var form = await client.GetStringAsync("/account/signin");
        await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["__RequestVerificationToken"] = EditorAccounts.FormToken(form), ["Input.Email"] = "editor@example.org", ["Input.Password"] = Password,
        }));

        var response = await client.GetAsync($"/edit/copies/{_id}");
        var missing = await client.GetAsync("/edit/copies/999999");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("sandbox", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<script>alert(document.cookie)</script>", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private HttpClient NewClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
