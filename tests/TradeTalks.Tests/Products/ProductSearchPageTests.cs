using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Products;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Products;

/// <summary>/products over the bundled product data: a search by code or words, paged, and a programme's list as /tariffs links to it.</summary>
public sealed class ProductSearchPageTests : IAsyncLifetime
{
    private readonly TradeTalksAppFactory _factory = new() { LoadProducts = true };
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _client = _factory.CreateClient();
        await _factory.ProductsReadAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<string> PageAsync(string address)
    {
        var response = await _client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ACodeWithDotsFindsItsLineWithItsDescriptionRateAndALinkToItsPage()
    {
        var html = await PageAsync("/products?q=6109.10.00.12&asOf=2025-06-01");

        Assert.Contains("1 line, in code order.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/products/6109100012?asOf=2025-06-01\"", html, StringComparison.Ordinal);
        Assert.Contains(">6109.10.00.12<", html, StringComparison.Ordinal);
        Assert.Contains("Men's (338)", html, StringComparison.Ordinal);
        Assert.Contains("General rate: 16.5%", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WordsFindTheLinesWhoseDescriptionHoldsThem()
    {
        var html = await PageAsync("/products?q=cotton+t-shirts");

        Assert.Contains(">6109.10.00.12<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">8517.13.00.00<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyLinesComeAPageAtATimeInCodeOrder()
    {
        var first = await PageAsync("/products?q=61");
        var second = await PageAsync("/products?q=61&page=2");

        var total = _factory.Services.GetRequiredService<ProductService>().Search("61", 1, 25)!.Total;
        Assert.Contains($"{total.ToString("N0", CultureInfo.InvariantCulture)} lines, in code order; 1–25 shown.", first, StringComparison.Ordinal);
        Assert.Contains("; 26–50 shown.", second, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"products-pager\"", first, StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/products?q=61&page=2\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutASearchThePageSaysWhatItAnswersAndOffersExamples()
    {
        var html = await PageAsync("/products");

        Assert.Contains("data-testid=\"product-intro\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/products?q=6109.10.00.12\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/products?q=8517.13.00.00\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"product-result\"", html, StringComparison.Ordinal);
        Assert.Contains("The Budget Lab at Yale", html, StringComparison.Ordinal);
        Assert.Contains("The last revision on record is 2026 Revision 10", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASearchThatFindsNothingSaysSoAndSuggestsAShorterCodeOrFewerWords()
    {
        var html = await PageAsync("/products?q=zzyzx+quux");

        Assert.Contains("No product line matches “zzyzx quux”. Try a shorter code (its first 4 or 6 digits) or fewer words.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%25%25%25", "has no letters or digits to search for")]
    [InlineData("6109.10.00.12.99", "An HTS code has at most 10 digits")]
    public async Task JunkIsAnsweredWithAMessageNotAnError(string query, string message)
    {
        var html = await PageAsync($"/products?q={query}");

        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"product-result\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkupInASearchIsShownAsTextNeverRun()
    {
        var response = await _client.GetAsync("/products?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%00");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("No product line matches", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATooLongSearchSaysHowLongASearchMayBe()
    {
        var html = await PageAsync($"/products?q={new string('x', 300)}");

        Assert.Contains("A search is at most 100 characters; this one has 300.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"product-result\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProgrammesListShowsTheProgrammeAndOnlyTheLinesItNamesOnTheDay()
    {
        var html = await PageAsync("/products?programme=301-list-4a&asOf=2025-06-01");

        var count = _factory.Services.GetRequiredService<ProductService>().CountListedOn(new DateOnly(2025, 6, 1))!["301-list-4a"];
        Assert.Contains("data-testid=\"programme-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("Section 301 list 4A", html, StringComparison.Ordinal);
        Assert.Contains("9903.88.15", html, StringComparison.Ordinal);
        Assert.Contains($"{count.ToString("N0", CultureInfo.InvariantCulture)} lines named by Section 301 list 4A on 1 Jun 2025, in code order", html, StringComparison.Ordinal);
        // The search box keeps the programme, so a search narrows its list.
        Assert.Contains("name=\"programme\" value=\"301-list-4a\"", html, StringComparison.Ordinal);
        var narrowed = await PageAsync("/products?programme=301-list-4a&q=6109.10.00.12&asOf=2025-06-01");
        Assert.Contains("1 line named by Section 301 list 4A on 1 Jun 2025", narrowed, StringComparison.Ordinal);
        var smartphone = await PageAsync("/products?programme=301-list-4a&q=8517.13.00.00&asOf=2025-06-01");
        Assert.Contains("No line named by Section 301 list 4A on 1 Jun 2025 matches “8517.13.00.00”.", smartphone, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProgrammeThatIsNotOneIsNamedAndTheSearchCoversEveryLine()
    {
        var html = await PageAsync("/products?programme=301-list-9&q=6109.10.00.12");

        Assert.Contains("“301-list-9” is not a product programme; searching every line instead.", html, StringComparison.Ordinal);
        Assert.Contains(">6109.10.00.12<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASection301LayerOnTariffsLinksToTheProductsEachOfItsListsNames()
    {
        var html = await PageAsync("/tariffs?asOf=2025-06-01");

        var counts = _factory.Services.GetRequiredService<ProductService>().CountListedOn(new DateOnly(2025, 6, 1))!;
        Assert.Contains($"href=\"/products?programme=301-list-4a&asOf=2025-06-01\"", html, StringComparison.Ordinal);
        Assert.Contains($"{counts["301-list-4a"].ToString("N0", CultureInfo.InvariantCulture)} products it charges", html, StringComparison.Ordinal);
        // Lists 1 to 3 charge one layer: a link for each list.
        Assert.Contains($"Section 301 list 3 ({counts["301-list-3"].ToString("N0", CultureInfo.InvariantCulture)} products)", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/products?programme=301-list-1&asOf=2025-06-01\"", html, StringComparison.Ordinal);
    }
}
