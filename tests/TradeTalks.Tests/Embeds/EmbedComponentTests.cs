using Microsoft.Extensions.DependencyInjection;
using TradeTalks.FrontPage;
using TradeTalks.Tests.Support;
using TradeTalks.Time;
using TradeTalks.Web.Charts;
using TradeTalks.Web.Components.Embeds;
using TradeTalks.Web.Embeds;

namespace TradeTalks.Tests.Embeds;

/// <summary>The embeds' components with the overview's figures, as the endpoints hand them over.</summary>
public sealed class EmbedComponentTests() : DashboardTestContext(Instants.Eastern(2025, 6, 10, 12))
{
    private const string Site = "https://tradetalks.example";

    [Fact]
    public async Task TheRatesEmbedShowsBothRatesTheirLastChangeAndACreditLineToTheOverview()
    {
        var asOf = AsOf.EndOf(new DateOnly(2025, 6, 10));
        var figures = await Services.GetRequiredService<OverviewService>().GetAsync(asOf, Xunit.TestContext.Current.CancellationToken);

        var embed = Render<RatesEmbed>(p => p
            .Add(c => c.Figures, figures)
            .Add(c => c.Embed, new EmbedContext(EmbedKind.Rates, asOf, Site)));

        Assert.Equal("30%", embed.Find("[data-testid=rate-us-on-cn]").TextContent);
        Assert.Equal("10%", embed.Find("[data-testid=rate-cn-on-us]").TextContent);
        Assert.Equal("−115 pts on 14 May 2025, from 145%", embed.Find("[data-testid=rate-us-on-cn-last-change]").TextContent);
        var credit = embed.Find("[data-testid=embed-credit]");
        Assert.Equal("TradeTalks · figures as of 10 Jun 2025 · sources", Words(credit.TextContent));
        Assert.Equal([$"{Site}/?asOf=2025-06-10", $"{Site}/sources?asOf=2025-06-10"], credit.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal($"{Site}/?asOf=2025-06-10", embed.Find("link[rel=canonical]").GetAttribute("href"));
        Assert.Empty(embed.FindAll("script"));
    }

    [Fact]
    public async Task TheTruceEmbedCountsDownInTheBrowserForNow()
    {
        var now = AsOf.Now(Clock);
        var status = (await Services.GetRequiredService<OverviewService>().GetAsync(now, Xunit.TestContext.Current.CancellationToken)).TruceAt(now.Instant);

        var embed = Render<TruceEmbed>(p => p.Add(c => c.Status, status).Add(c => c.Embed, new EmbedContext(EmbedKind.Truce, now, Site)));

        Assert.Equal("In force", embed.Find("[data-testid=truce-status]").TextContent);
        Assert.Equal("2025-08-12T04:01:00Z", embed.Find("[data-testid=countdown]").GetAttribute("data-deadline"));
        Assert.Equal("62", embed.Find("[data-unit=days]").TextContent);
        Assert.Contains("data-deadline", embed.Find("script").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTruceEmbedForAPastDateIsFixedAtThatDateWithoutAScript()
    {
        var asOf = AsOf.EndOf(new DateOnly(2025, 7, 1));
        var status = (await Services.GetRequiredService<OverviewService>().GetAsync(asOf, Xunit.TestContext.Current.CancellationToken)).TruceAt(asOf.Instant);

        var embed = Render<TruceEmbed>(p => p.Add(c => c.Status, status).Add(c => c.Embed, new EmbedContext(EmbedKind.Truce, asOf, Site)));

        Assert.Null(embed.Find("[data-testid=countdown]").GetAttribute("data-deadline"));
        Assert.Equal("41", embed.Find("[data-unit=days]").TextContent);
        Assert.Empty(embed.FindAll("script"));
    }

    [Fact]
    public async Task APassedDeadlineSaysHowLongAgoInsteadOfCountingZeros()
    {
        var asOf = AsOf.EndOf(new DateOnly(2026, 11, 29));
        var status = (await Services.GetRequiredService<OverviewService>().GetAsync(asOf, Xunit.TestContext.Current.CancellationToken)).TruceAt(asOf.Instant);

        var embed = Render<TruceEmbed>(p => p.Add(c => c.Status, status).Add(c => c.Embed, new EmbedContext(EmbedKind.Truce, asOf, Site)));

        Assert.Equal("Deadline passed; no extension or lapse on record", embed.Find("[data-testid=truce-status]").TextContent);
        Assert.Equal("The deadline passed 19 days ago.", embed.Find("[data-testid=deadline-passed]").TextContent);
        Assert.Empty(embed.FindAll("[data-testid=countdown]"));
        Assert.DoesNotContain(">00<", embed.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3 * 24 * 60 + 5, "3 days ago")]
    [InlineData(24 * 60, "1 day ago")]
    [InlineData(125, "2 hours ago")]
    [InlineData(1, "1 minute ago")]
    [InlineData(0, "just now")]
    public void HowLongAgoIsSaidInTheLargestWholeUnit(int minutes, string words) =>
        Assert.Equal(words, TruceEmbed.Ago(TimeSpan.FromMinutes(minutes)));

    [Fact]
    public async Task TheChartEmbedDrawsTheOverviewsChartAsAPictureThatNamesItsDateAndSource()
    {
        var asOf = AsOf.EndOf(new DateOnly(2025, 6, 10));
        var figures = await Services.GetRequiredService<OverviewService>().GetAsync(asOf, Xunit.TestContext.Current.CancellationToken);
        var picture = ChartPictures.Escalation(figures.Headline.Timeline, null, asOf.Instant, [], asOf, Site);

        var embed = Render<ChartEmbed>(p => p.Add(c => c.Picture, picture).Add(c => c.Embed, new EmbedContext(EmbedKind.Chart, asOf, Site)));

        var svg = embed.Find("figure svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal(["US on Chinese goods", "China on US goods", "US peak 145%"], svg.QuerySelectorAll("text").Select(t => t.TextContent).Where(t => t.StartsWith("US ", StringComparison.Ordinal) || t.StartsWith("China ", StringComparison.Ordinal)));
        Assert.Contains("Figures as of 10 Jun 2025 (end of day, US Eastern)", svg.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{Site}/tariffs?asOf=2025-06-10", embed.Find("[data-testid=embed-credit] a").GetAttribute("href"));
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
