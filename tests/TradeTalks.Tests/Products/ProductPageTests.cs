using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Products;

/// <summary>
/// The product page, /products/{hts10}, over the seeded store and the bundled product data. The figures are those of
/// <see cref="ProductStackingTests"/>, which says where each comes from.
/// </summary>
public sealed partial class ProductPageTests : IAsyncLifetime
{
    private readonly TradeTalksAppFactory _factory = new() { LoadProducts = true };
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await _factory.ProductsReadAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task ATShirtOn12April2025Shows169PercentAndItsFourLayersWithTheirHeadings()
    {
        var html = await PageAsync("/products/6109100012?asOf=2025-04-12");

        Assert.Contains("<span class=\"product-total\"", html, StringComparison.Ordinal);
        Assert.Equal("169%", Total().Match(html).Groups["total"].Value);
        var charged = ChargedLayers().Matches(html).Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal(["general-rate", "301-list-4a", "ieepa-fentanyl", "ieepa-reciprocal"], charged);
        Assert.Matches(@">6109\.10\.00\.12</span></span></td>", html);
        Assert.Matches(@">9903\.88\.15</span></span></td>", html);
        Assert.Contains("16.5%", html, StringComparison.Ordinal);
        Assert.Contains("Chapter 61", html, StringComparison.Ordinal);
        Assert.Contains("The Budget Lab at Yale (2026). Tariff Rate Tracker", html, StringComparison.Ordinal);
        // Cite this names the line and the day.
        Assert.Contains("Product 6109.10.00.12, as of 12 Apr 2025", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASmartphoneInJune2025ShowsTheReciprocalLayerSetAsideAsExempt()
    {
        var html = await PageAsync("/products/8517130000?asOf=2025-06-10");

        var reciprocal = LayerRow("ieepa-reciprocal").Match(html);
        Assert.True(reciprocal.Success, "no reciprocal layer on the page");
        Assert.Equal("false", reciprocal.Groups["charged"].Value);
        Assert.Contains("Exempt:", reciprocal.Value, StringComparison.Ordinal);
        Assert.Contains("layer-set-aside", reciprocal.Value, StringComparison.Ordinal);
        // The fentanyl duty (20% then) stays: the total is the general rate, Free, and it.
        Assert.Equal("20%", Total().Match(html).Groups["total"].Value);
    }

    [Fact]
    public async Task ADayPastTheLastRevisionOnRecordSaysLaterChangesAreNotOnRecord()
    {
        var html = await PageAsync("/products/6109100012?asOf=2026-11-01");

        Assert.Contains("data-testid=\"not-on-record\"", html, StringComparison.Ordinal);
        Assert.Contains("later changes are not on record", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownCodeIsA404ThatLinksToTheSearchForIt()
    {
        var response = await _client.GetAsync("/products/0000000000");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No line of the schedule has the code 0000.00.00.00", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/products?q=0000000000\"", html, StringComparison.Ordinal);
        // Not kept by the output cache: the second answer is rendered again, and still a 404.
        var again = await _client.GetAsync("/products/0000000000");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Null(again.Headers.Age);
    }

    [Fact]
    public async Task ACodeThatIsNotDigitsIsAClearMessageNotAnError()
    {
        var response = await _client.GetAsync("/products/t-shirt%3Cb%3E");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not an HTS code", html, StringComparison.Ordinal);
        Assert.DoesNotContain("t-shirt<b>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/products?q=t-shirt%3Cb%3E\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACodeWithDotsIsSentOnToThePlainAddressKeepingTheAsOfDate()
    {
        var response = await _client.GetAsync("/products/6109.10.00.12?asOf=2025-04-12");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/products/6109100012?asOf=2025-04-12", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task EachStepLinksToTheTariffChangeThatMovedIt()
    {
        var html = await PageAsync("/products/6109100012?asOf=2025-06-10");

        // The reciprocal duty's cut to 10% on 14 May 2025 (us-reciprocal-2025-05-14) moved the T-shirt's step that day.
        var may = StepRow("2025-05-14").Match(html);
        Assert.True(may.Success, "no step on 14 May 2025");
        Assert.Contains("href=\"/timeline?kind=TariffChange&amp;from=2025-05-14&amp;to=2025-05-14&amp;asOf=2025-06-10\"", may.Value, StringComparison.Ordinal);
        // The chart's caption says the same: 16.5% general rate, 7.5% list 4A, 20% fentanyl and 10% reciprocal.
        Assert.Contains("14 May 2025: 54% (&quot;Reciprocal&quot; tariff order: 10%)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageLinksItsDataAtTheProductAddressesOfTheApi()
    {
        var html = await PageAsync("/products/6109100012?asOf=2025-04-12");

        Assert.Contains("href=\"/api/v1/products/6109100012?format=csv&amp;asOf=2025-04-12\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/v1/products/6109100012/daily?format=csv&amp;asOf=2025-04-12&amp;from=2025-01-01&amp;to=2025-04-12\"", html, StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(string address)
    {
        var response = await _client.GetAsync(address);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 2000)]}");
        return html;
    }

    private static Regex LayerRow(string id) =>
        new($"<tr[^>]*data-layer=\"{Regex.Escape(id)}\" data-charged=\"(?<charged>true|false)\".*?</tr>", RegexOptions.Singleline);

    private static Regex StepRow(string day) =>
        new($"<tr[^>]*data-testid=\"product-step\"[^>]*>\\s*<td[^>]*><time datetime=\"{day}\".*?</tr>", RegexOptions.Singleline);

    [GeneratedRegex("<span class=\"product-total\"[^>]*>(?<total>[^<]+)</span>")]
    private static partial Regex Total();

    [GeneratedRegex("data-layer=\"(?<id>[^\"]+)\" data-charged=\"true\"")]
    private static partial Regex ChargedLayers();
}
