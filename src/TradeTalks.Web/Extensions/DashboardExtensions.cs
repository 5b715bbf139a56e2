using MudBlazor.Services;
using Serilog;
using TradeTalks.Web.Accounts;
using TradeTalks.Web.Api;
using TradeTalks.Web.Components;
using TradeTalks.Web.Editing;

namespace TradeTalks.Web.Extensions;

public static class DashboardExtensions
{
    /// <summary>The Blazor Server dashboard and its MudBlazor components.</summary>
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddScoped<Components.Shared.AsOfState>();
        return builder;
    }

    public static WebApplication UseDashboard(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSerilogRequestLogging();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapEditorEndpoints();
        app.MapOpenData();
        return app;
    }
}
