using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Components;

/// <summary>Renders a dashboard page at an address, as the router would, over the seeded store.</summary>
public abstract class PageTestContext(DateTimeOffset? now = null) : DashboardTestContext(now)
{
    protected IRenderedComponent<TPage> RenderPage<TPage>(string address)
        where TPage : IComponent
    {
        Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return Render<TPage>();
    }
}

public static class RenderedExtensions
{
    public static string TestId<T>(this IRenderedComponent<T> page, string id)
        where T : IComponent =>
        page.Find($"[data-testid={id}]").TextContent.Trim();
}
