using TradeTalks.Web.Accounts;
using TradeTalks.Web.Components.Pages.Edit;

namespace TradeTalks.Tests.Components;

/// <summary>Times on the editors' desk read in US Eastern, as the reading pages do, with UTC on hover.</summary>
public sealed class EditorTimeTests : PageTestContext
{
    [Fact]
    public void AnInstantReadsInUsEasternWithUtcInItsTitle()
    {
        var time = Render<EditorTime>(p => p.Add(t => t.At, new DateTimeOffset(2025, 6, 10, 16, 0, 5, TimeSpan.Zero)));

        var element = time.Find("time");
        Assert.Equal("10 Jun 2025, 12:00 US Eastern", element.TextContent.Trim());
        Assert.Equal("10 Jun 2025, 16:00:05 UTC", element.GetAttribute("title"));
        Assert.Equal("2025-06-10T16:00:05Z", element.GetAttribute("datetime"));
    }

    [Fact]
    public void ARecordsHistoryGivesEachVersionsTimeInUsEastern()
    {
        Authorization.SetAuthorized("editor@example.org");
        Authorization.SetRoles("Editor");
        Authorization.SetPolicies(AccountExtensions.EditorsPolicy);

        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<RecordHistory>(p => p.Add(h => h.Kind, "talks").Add(h => h.Key, "london-2025-06"));
        page.WaitForElement("[data-testid=version]");

        // The seed ran at 29 November 2026, 15:00 UTC: 10:00 in Washington.
        var version = page.Find("[data-testid=version]");
        Assert.Contains("29 Nov 2026, 10:00 US Eastern", version.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", version.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("UTC", version.QuerySelector("time")!.GetAttribute("title"), StringComparison.Ordinal);
    }
}
