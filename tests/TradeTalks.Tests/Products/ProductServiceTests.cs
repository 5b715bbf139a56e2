using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Products;
using TradeTalks.Tests.Support;
using TradeTalks.Time;

namespace TradeTalks.Tests.Products;

/// <summary>
/// The product service over the seeded store and the bundled product data: what the product pages, the API and the CSV
/// all read. The figures are those of <see cref="ProductStackingTests"/>, which says where each comes from.
/// </summary>
public sealed class ProductServiceTests : IAsyncLifetime
{
    private readonly TradeTalksAppFactory _factory = new() { LoadProducts = true };
    private ProductService _products = null!;

    public async ValueTask InitializeAsync()
    {
        _factory.CreateClient().Dispose();
        _products = _factory.Services.GetRequiredService<ProductService>();
        await _factory.ProductsReadAsync();
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task ATShirtOn12April2025PaysTheStoresRatesLayerByLayer()
    {
        var found = await _products.StackAsync("6109.10.00.12", AsOf.EndOf(new(2025, 4, 12)), Xunit.TestContext.Current.CancellationToken);

        Assert.Equal(ProductLookupState.Found, found.State);
        Assert.Equal(169m, found.Value!.Total.OnFullValue);
        Assert.Equal("us-reciprocal-2025-04-10", found.Value.Layers.Single(l => l.Id == "ieepa-reciprocal").SetBy!.Key);
        Assert.NotEmpty(found.Value.Layers.Single(l => l.Id == "ieepa-reciprocal").Sources);
    }

    [Fact]
    public async Task AnUnknownCodeIsNotFoundAndNotAnError()
    {
        var found = await _products.StackAsync("0000000000", AsOf.EndOf(new(2025, 4, 12)), Xunit.TestContext.Current.CancellationToken);

        Assert.Equal(ProductLookupState.NotFound, found.State);
        Assert.Null(found.Value);
    }

    [Fact]
    public async Task EachStepOfATShirtsSeriesNamesTheChangeThatMovedIt()
    {
        var series = await _products.SeriesAsync("6109100012", new(2025, 1, 1), new(2026, 6, 1), AsOf.EndOf(new(2026, 6, 1)), Xunit.TestContext.Current.CancellationToken);

        var steps = series.Value!.Steps;
        Assert.Empty(steps[0].MovedBy);
        var april = steps.Single(s => s.Step.From == new DateOnly(2025, 4, 10));
        Assert.Contains(april.MovedBy, c => c.Change?.Key == "us-reciprocal-2025-04-10");
        // The IEEPA duties ended on 24 February 2026: the step names the changes that ended them.
        var end = steps.Single(s => s.Step.From == new DateOnly(2026, 2, 24));
        Assert.Contains(end.MovedBy, c => c.Change is { EndsLayer: true } change && change.Layer!.Key == "us-fentanyl");
        Assert.All(steps.Skip(1), s => Assert.NotEmpty(s.MovedBy));
    }

    [Fact]
    public async Task AChangeAnnouncedAfterTheAsOfDayIsNotInTheStackAsKnownThen()
    {
        // On 1 February 2025 nobody knew of the reciprocal duty: a page as of then shows no layer of it, even for April.
        var series = await _products.SeriesAsync("6109100012", new(2025, 1, 1), new(2025, 2, 1), AsOf.EndOf(new(2025, 2, 1)), Xunit.TestContext.Current.CancellationToken);

        Assert.DoesNotContain(series.Value!.Steps, s => s.Step.Stack.Layers.Any(l => l.Id == "ieepa-reciprocal"));
    }

    [Theory]
    [InlineData("7601.10.30.00", "2025-01-15", "232-aluminium", 10, "us-232-aluminium-2018-03-23")]
    [InlineData("7601.10.30.00", "2025-03-20", "232-aluminium", 25, "us-232-aluminium-2025-03-12")]
    [InlineData("7601.10.30.00", "2025-06-16", "232-aluminium", 50, "us-232-aluminium-2025-06-04")]
    [InlineData("7208.10.15.00", "2025-01-15", "232-steel", 25, "us-232-steel-aluminium-2018-03-23")]
    [InlineData("7208.10.15.00", "2025-06-16", "232-steel", 50, "us-232-steel-aluminium-2025-06-04")]
    public async Task SteelAndAluminiumEachPayTheirOwnSection232RateOnEveryDayFrom2025(string code, string day, string layer, int rate, string setBy)
    {
        var asOf = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var found = await _products.StackAsync(code, AsOf.EndOf(asOf), Xunit.TestContext.Current.CancellationToken);

        var charged = Assert.Single(found.Value!.Charged, l => l.Part == DutyPart.Section232);
        Assert.Equal((layer, (decimal)rate, setBy), (charged.Id, charged.Rate!.Value, charged.SetBy!.Key));
        Assert.NotEmpty(charged.Sources);
    }

    [Fact]
    public async Task ALineTwoAnnexPrefixesNamePaysOneAnnexAndNoPreAnnexSteelDutyOn1May2026()
    {
        // s232_annex_products.csv names 7326908688 in annex I-A and 732690 in I-B: the longer prefix wins.
        var found = await _products.StackAsync("7326.90.86.88", AsOf.EndOf(new(2026, 5, 1)), Xunit.TestContext.Current.CancellationToken);

        var section232 = Assert.Single(found.Value!.Charged, l => l.Part == DutyPart.Section232);
        Assert.Equal(("232-annex-1a", 50m), (section232.Id, section232.Rate!.Value));
        Assert.DoesNotContain(found.Value.Layers, l => l.Id is "232-annex-1b" or "232-steel");
    }

    [Fact]
    public async Task ASteelDerivativeInMay2026PaysItsAnnexNotTheEndedDerivativeDuty()
    {
        var found = await _products.StackAsync("8302.41.30.00", AsOf.EndOf(new(2026, 5, 1)), Xunit.TestContext.Current.CancellationToken);

        var section232 = Assert.Single(found.Value!.Charged, l => l.Part == DutyPart.Section232);
        Assert.Equal(("232-annex-1b", 25m), (section232.Id, section232.Rate!.Value));
        Assert.DoesNotContain(found.Value.Layers, l => l.Id is "232-steel-derivative" or "232-aluminium-derivative");
        Assert.False(found.Value.Total.SplitByMetalContent);
    }

    [Fact]
    public async Task ADoorCloserOnTheSteelAndAluminiumDerivativeListsPaysFiftyPercentOnItsMetalContentNotAHundred()
    {
        // s232_derivative_products.csv names 83024130 under 9903.81.91 (steel, from 18 August 2025) and 9903.85.08 (aluminium).
        var found = await _products.StackAsync("8302.41.30.00", AsOf.EndOf(new(2025, 9, 15)), Xunit.TestContext.Current.CancellationToken);

        Assert.Equal(2, found.Value!.Charged.Count(l => l.Rule == StackingRules.EachMetalItsOwnRate));
        Assert.Equal(50m, found.Value.Total.OnMetalContent);
    }

    [Fact]
    public async Task AChangeToADutyTheLineDoesNotPayIsNotNamedAsMovingItsStep()
    {
        // An electric car pays Section 232 on its full value, which sets Section 122 aside: on 24 February 2026 its total
        // fell because the fentanyl duty ended, not because Section 122 began.
        var series = await _products.SeriesAsync("8703800020", new(2026, 2, 1), new(2026, 3, 31), AsOf.EndOf(new(2026, 3, 31)), Xunit.TestContext.Current.CancellationToken);

        var end = series.Value!.Steps.Single(s => s.Step.From == new DateOnly(2026, 2, 24));
        Assert.Contains(end.MovedBy, c => c.Change?.Layer?.Key == "us-fentanyl");
        Assert.DoesNotContain(end.MovedBy, c => c.Change?.Layer?.Key == "us-section-122");
    }
}
