using Microsoft.AspNetCore.Components;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// Tells the framework that a reading page has no interactive render mode, so it writes no component state into it.
/// Otherwise every page, though rendered statically, ends with a <c>Blazor-Server-Component-State</c> comment that
/// nothing reads: encrypted with data protection on every request (a tenth of an uncached render of the overview) and
/// reading the key ring from the store on the first. The framework skips that work for an endpoint whose configured
/// render modes are none; that metadata type is internal, so it is found by name, and if a framework upgrade renames
/// it nothing changes but the cost (ReadingPageTests notice the comment coming back).
/// </summary>
public static class StaticReadingPages
{
    private static readonly Type? RenderModesMetadata =
        typeof(RazorComponentsEndpointConventionBuilder).Assembly.GetType("Microsoft.AspNetCore.Components.Endpoints.ConfiguredRenderModesMetadata");

    private static readonly object? NoRenderModes = Create();

    /// <summary>A convention for <c>MapRazorComponents</c>: pages marked <see cref="ReadingPageAttribute"/> configure no render mode.</summary>
    public static void Apply(EndpointBuilder endpoint)
    {
        if (NoRenderModes is null || !endpoint.Metadata.OfType<ReadingPageAttribute>().Any())
        {
            return;
        }

        for (var i = endpoint.Metadata.Count - 1; i >= 0; i--)
        {
            if (endpoint.Metadata[i].GetType() == RenderModesMetadata)
            {
                endpoint.Metadata.RemoveAt(i);
            }
        }

        endpoint.Metadata.Add(NoRenderModes);
    }

    private static object? Create()
    {
        try
        {
            return RenderModesMetadata is null ? null : Activator.CreateInstance(RenderModesMetadata, [Array.Empty<IComponentRenderMode>()]);
        }
        catch (MissingMethodException)
        {
            return null;
        }
    }
}
