using System.Text.RegularExpressions;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Host;

/// <summary>
/// What a phone fetches besides a reading page (issue 23, Lighthouse): only the MudBlazor rules reading pages use and
/// the site's own small script, none of Blazor's or MudBlazor's scripts. The editors' desk keeps all of them. (That a
/// published build serves them precompressed and cached for a year, under fingerprinted names, is MapStaticAssets' work
/// outside Development; bench/lighthouse.sh's reports show it.)
/// </summary>
public sealed partial class ReadingPageAssetsTests : IAsyncLifetime
{
    private readonly TradeTalksAppFactory _app = new("Production");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/tariffs")]
    public async Task AReadingPageLoadsNeitherBlazorsNorMudBlazorsScriptsAndOnlyTheRulesItUses(string path)
    {
        using var client = _app.CreateClient();

        var html = await client.GetStringAsync(path);

        var assets = Asset().Matches(html).Select(m => m.Groups["href"].Value).ToList();

        Assert.Equal(["mudblazor-reading", "app", "TradeTalks", "js/tradetalks"], assets.Select(a => a[..a.IndexOf('.', StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task ThePagesOutsideTheReadingOnesKeepBlazorAndAllOfMudBlazor()
    {
        using var client = _app.CreateClient();

        var signIn = await client.GetStringAsync("/account/signin");

        var assets = Asset().Matches(signIn).Select(m => m.Groups["href"].Value).ToList();

        Assert.Contains(assets, a => a.StartsWith("_framework/blazor.web.", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("_content/MudBlazor/MudBlazor.min.", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("_content/MudBlazor/MudBlazor.min.", StringComparison.Ordinal) && a.EndsWith(".js", StringComparison.Ordinal));
        Assert.DoesNotContain(assets, a => a.StartsWith("mudblazor-reading", StringComparison.Ordinal));
    }

    /// <summary>A style sheet the page links or a script it loads (the import map only names modules, loading none).</summary>
    [GeneratedRegex(@"<(?:link rel=""stylesheet"" href|script src)=""(?<href>[^""]+\.(?:css|js))""")]
    private static partial Regex Asset();
}
