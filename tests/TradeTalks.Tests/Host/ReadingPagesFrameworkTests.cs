using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Extensions;

namespace TradeTalks.Tests.Host;

/// <summary>
/// The two places reading pages reach into the framework (ReadingPages): if an upgrade of ASP.NET Core breaks one, these
/// fail with a message that names it and says what to change, rather than a page quietly costing more.
/// </summary>
public sealed class ReadingPagesFrameworkTests : IAsyncLifetime
{
    private readonly TradeTalksAppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public void TheFrameworkStillHasWhatReadingPagesRelyOn()
    {
        var problems = ReadingPages.FrameworkProblems(_app.Services);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task AnAnonymousReaderGetsNeitherAnAntiforgeryCookieNorComponentState()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/truce");
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, $"/truce answered {(int)response.StatusCode}");
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies),
            "A reading page set a cookie for an anonymous reader (" + string.Join("; ", cookies ?? []) + "), so new readers miss the output " +
            "cache: the antiforgery service Blazor uses is no longer ReadingPageAntiforgery, or Blazor asks for tokens another way. See docs/reading-pages.md.");
        Assert.True(!html.Contains("Blazor-Server-Component-State", StringComparison.Ordinal),
            "A reading page carries Blazor's component state again: StaticReadingPages no longer tells the framework that reading pages " +
            "configure no render mode, so every request encrypts state nothing reads. See docs/reading-pages.md.");
    }

    [Fact]
    public async Task APageThatPostsAFormStillGetsItsAntiforgeryCookie()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/account/signin");

        Assert.True(response.Headers.TryGetValues("Set-Cookie", out var cookies)
                    && cookies.Any(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)),
            "The sign-in page set no antiforgery cookie: ReadingPageAntiforgery now leaves out pages that post a form.");
    }

    [Fact]
    public async Task WhenTheAntiforgeryServiceIsNotWrappedTheCheckSaysSo()
    {
        // What a framework upgrade that registered its service another way would leave: the framework's own, unwrapped.
        await using var unwrapped = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            var framework = services.Single(d => d.ServiceType.Name == "DefaultAntiforgery").ServiceType;
            services.AddSingleton(provider => (IAntiforgery)provider.GetRequiredService(framework));
        }));

        var problems = ReadingPages.FrameworkProblems(unwrapped.Services);

        Assert.Contains(problems, p => p.Contains("ReadingPageAntiforgery", StringComparison.Ordinal));
    }
}
