using TradeTalks.DataSets;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Components.Pages.Measures;
using TradeTalks.Web.Components.Pages.Overview;
using TradeTalks.Web.Components.Pages.Sources;
using TradeTalks.Web.Components.Pages.Tariffs;

namespace TradeTalks.Tests.Components;

/// <summary>The bundled records' document status, single sources and scheduled ends, as the reading pages word them.</summary>
public sealed class SourceFieldPagesTests : PageTestContext
{
    [Fact]
    public async Task TheSourcesPageSaysPlainlyWhenOnlyThePublishersSiteIsKnown()
    {
        // No bundled source is known only by its publisher's site any more: one is made so, as an import would.
        await Database.NewWriter().ApplyAsync(DataSetFiles.Read(DataSetFiles.With(d =>
        {
            d.Record("sources", "abc-china-farm-2025")["url"] = "https://abcnews.go.com";
            d.Record("sources", "abc-china-farm-2025")["publisherSiteOnly"] = true;
        })), WriteMode.Upsert);

        var page = RenderPage<SourcesView>("/sources?asOf=2025-03-04");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=source]")));
        var farm = page.FindAll("[data-testid=source]").Single(s => s.TextContent.Contains("China slaps extra tariffs of up to 15%", StringComparison.Ordinal));
        Assert.Equal("Only the publisher's site is known; the document itself was not found.", farm.QuerySelector("[data-testid=source-site-only]")!.TextContent);
        Assert.All(page.FindAll("[data-testid=source]").Where(s => s != farm), s => Assert.Null(s.QuerySelector("[data-testid=source-site-only]")));
    }

    [Fact]
    public void TheSourcesPageNamesTheKindOfCopyWhenItIsNotThePublishersOwn()
    {
        var page = RenderPage<SourcesView>("/sources");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=source]")));
        var scram = page.FindAll("[data-testid=source]").Single(s => s.TextContent.Contains("Scram News", StringComparison.Ordinal));
        Assert.Equal("Kind of source: an aggregator", scram.QuerySelector("[data-testid=source-kind]")!.TextContent);
    }

    [Fact]
    public void TheH200HoldRestingOnOneReportIsMarkedSingleSource()
    {
        var page = RenderPage<MeasuresView>("/measures?asOf=2026-02-01&side=China");

        page.WaitForAssertion(() => Assert.Contains("Customs hold on Nvidia H200 chips", page.Markup, StringComparison.Ordinal));
        Assert.Contains(page.FindAll("[data-testid=single-source]"), m => m.TextContent.Contains("one report that no other confirms", StringComparison.Ordinal));
    }

    [Fact]
    public void TodayTheUsRateSaysItCountsTheSurchargeAsEndedOnlyOnSchedule()
    {
        var page = RenderPage<Overview>("/");

        page.WaitForAssertion(() => Assert.Equal("0", page.TestId("rate-us-on-cn")));
        Assert.Equal("Counts the Section 122 import surcharge as ended: scheduled to end 24 Jul 2026; nothing on record since.", page.TestId("rate-us-on-cn-scheduled"));
        Assert.Empty(page.FindAll("[data-testid=rate-cn-on-us-scheduled]"));
    }

    [Fact]
    public void BeforeTheScheduledDayTheTariffsPageCountsTheSurchargeAndNamesNoScheduledEnd()
    {
        var page = RenderPage<TariffsView>("/tariffs?asOf=2026-07-23");

        page.WaitForAssertion(() => Assert.Equal("10", page.TestId("rate-us-on-cn")));
        Assert.Empty(page.FindAll("[data-testid=scheduled-end-UnitedStates]"));
        Assert.Empty(page.FindAll("[data-testid=rate-us-on-cn-scheduled]"));
    }

    [Fact]
    public void FromTheScheduledDayTheTariffsPageSaysTheEndIsOnlyScheduled()
    {
        var page = RenderPage<TariffsView>("/tariffs?asOf=2026-07-24");

        page.WaitForAssertion(() => Assert.Equal("0", page.TestId("rate-us-on-cn")));
        Assert.Equal("Section 122 import surcharge: scheduled to end 24 Jul 2026; nothing on record since. Counted as ended.", page.TestId("scheduled-end-UnitedStates"));
        Assert.Equal("Scheduled to end 24 Jul 2026; nothing on record since", page.TestId("scheduled-end"));
        Assert.Contains("Past figure", page.TestId("avg-us-on-cn-past"), StringComparison.Ordinal);
    }
}
