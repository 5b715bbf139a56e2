using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using TradeTalks.Store;
using TradeTalks.Web.Components.Pages.Overview;

namespace TradeTalks.Tests.Components;

public sealed class ErrorStateTests : BunitContext
{
    [Fact]
    public void WhenTheStoreCannotBeReadThePageSaysSoInsteadOfCrashing()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero)));
        Services.AddTradeTalksStore("Data Source=/no/such/folder/tradetalks.db;Mode=ReadOnly");
        Services.AddScoped<TradeTalks.Web.Components.Shared.AsOfState>();
        Services.AddSingleton(new TradeTalks.Web.Extensions.PublicAddress(null));
        this.AddAuthorization();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/");

        var page = Render<Overview>();

        // The failed open can take more than bUnit's default second on a loaded machine.
        page.WaitForAssertion(() => Assert.Contains("The record is not available right now", page.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
    }
}
