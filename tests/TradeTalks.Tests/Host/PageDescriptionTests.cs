using System.Net;
using System.Text.RegularExpressions;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Host;

/// <summary>Every reading page tells a search engine, in its head, what it shows: a description of its own.</summary>
public sealed partial class PageDescriptionTests : IAsyncLifetime
{
    private readonly TradeTalksAppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task EveryReadingPageHasADescriptionOfItsOwnInItsHead()
    {
        using var client = _app.CreateClient();
        var descriptions = new Dictionary<string, string>();

        foreach (var path in ReadingPageTests.ReadingPages.Select(row => row.Data))
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var head = Head().Match(await response.Content.ReadAsStringAsync()).Value;
            var found = Description().Matches(head);
            Assert.True(found.Count == 1, $"{path} has {found.Count} meta descriptions in its head");
            var words = WebUtility.HtmlDecode(found[0].Groups["words"].Value);
            // Long enough to say what the page shows, short enough for a search result's snippet.
            Assert.InRange(words.Length, 60, 200);
            descriptions[path] = words;
        }

        Assert.Equal(descriptions.Count, descriptions.Values.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("tariff", descriptions["/tariffs"], StringComparison.Ordinal);
        Assert.Contains("deadline", descriptions["/truce"], StringComparison.Ordinal);
    }

    [GeneratedRegex("<head>.*?</head>", RegexOptions.Singleline)]
    private static partial Regex Head();

    [GeneratedRegex("<meta name=\"description\" content=\"(?<words>[^\"]+)\"")]
    private static partial Regex Description();
}
