using TradeTalks.Indicators;
using TradeTalks.Tariffs;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Tests.Components;

/// <summary>The rate card's two figures: a past average is labelled and smaller; a rate that rests on a scheduled end says so.</summary>
public sealed class RateCardTests : BunitContext
{
    private static readonly IndicatorRelease Average = new()
    {
        Key = "avg", Indicator = "Average", Region = "United States", Series = QuotedSeries.AverageUsOnChina, Period = "After Geneva, May 2025",
        PeriodStart = new(2025, 5, 14), Value = 51.1m, Unit = "%",
        Sources = [new() { Key = "piie", Publisher = "PIIE", Title = "Chart", PublishedOn = new(2025, 5, 20) }],
    };

    [Fact]
    public void BeforeTheLayersChangeTheAverageIsShownAsLargeAsTheRateWithNoPastLabel()
    {
        var card = RenderCard(Instants.EffectiveOn("2025-06-04").AddMinutes(-1));

        Assert.Equal("51.1", card.Find("[data-testid=avg]").TextContent);
        Assert.Equal("rate-value", card.Find("[data-testid=avg]").ClassName);
        Assert.Empty(card.FindAll("[data-testid=avg-past]"));
    }

    [Fact]
    public void OnceTheLayersChangeTheAverageIsAPastFigureWithItsDayAndSmaller()
    {
        var card = RenderCard(Instants.EffectiveOn("2025-06-04"));

        Assert.Equal("Past figure, published 20 May 2025", card.Find("[data-testid=avg-past]").TextContent.Trim());
        Assert.Equal("rate-value-past", card.Find("[data-testid=avg]").ClassName);
        Assert.Equal("rate-value", card.Find("[data-testid=rate]").ClassName);
        Assert.Contains("the latest on 4 Jun 2025", card.Find("[data-testid=avg-dated]").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<RateCard> RenderCard(DateTimeOffset at) => Render<RateCard>(p => p
        .Add(c => c.Title, "US tariffs on Chinese goods")
        .Add(c => c.Headline, new TariffHeadline(TariffTimeline.From(BundledRecords.TariffLayers, at), new Dictionary<Side, NamedGoodsDuties>(), null))
        .Add(c => c.Imposer, Side.UnitedStates)
        .Add(c => c.At, at)
        .Add(c => c.TestId, "rate")
        .Add(c => c.Average, Average)
        .Add(c => c.AverageTestId, "avg"));
}
