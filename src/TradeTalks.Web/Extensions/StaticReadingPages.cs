using Microsoft.AspNetCore.Components;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// Tells the framework that a reading page has no interactive render mode, so it writes no component state into it.
/// Otherwise every page, though rendered statically, ends with a <c>Blazor-Server-Component-State</c> comment that
/// nothing reads: encrypted with data protection on every request (a tenth of an uncached render of the overview) and
/// reading the key ring from the store on the first. The framework skips that work for an endpoint whose configured
/// render modes are none; that metadata type is internal, so it is found by name. If a framework upgrade renames it,
/// pages still render and only the cost returns: <see cref="Problem"/> says so, and ReadingPagesFrameworkTests fail
/// with its words. Applied through <see cref="ReadingPages.WithReadingPages"/>.
/// </summary>
public static class StaticReadingPages
{
    private const string RenderModesMetadataName = "Microsoft.AspNetCore.Components.Endpoints.ConfiguredRenderModesMetadata";

    private static readonly Type? RenderModesMetadata = typeof(RazorComponentsEndpointConventionBuilder).Assembly.GetType(RenderModesMetadataName);

    private static readonly object? NoRenderModes = Create();

    /// <summary>Why reading pages write component state again, if they do; null while the framework's type is as expected.</summary>
    public static string? Problem => NoRenderModes is not null
        ? null
        : RenderModesMetadata is null
            ? $"ASP.NET Core no longer has the internal type {RenderModesMetadataName}, so reading pages write (and encrypt) component " +
              "state on every request again. Find what the framework now reads to skip that state (EndpointHtmlRenderer) and update StaticReadingPages."
            : $"ASP.NET Core's {RenderModesMetadataName} no longer takes an array of render modes, so reading pages write (and encrypt) " +
              "component state on every request again. Update StaticReadingPages.Create to the type's new constructor.";

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
