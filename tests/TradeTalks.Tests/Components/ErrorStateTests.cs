using Bunit;
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
        this.AddAuthorization();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/");

        var page = Render<Overview>();

        page.WaitForAssertion(() => Assert.Contains("The record is not available right now", page.Markup, StringComparison.Ordinal));
    }
}
