using Microsoft.AspNetCore.Antiforgery;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// What the framework is told about reading pages, in one place. A page marked <see cref="ReadingPageAttribute"/> (every
/// <c>DashboardPage</c> is) renders statically for everyone, and two of the framework's defaults would make it cost more:
/// <list type="bullet">
/// <item>Blazor asks for antiforgery tokens on every page, which sets a cookie (and <c>no-store</c>) on a reader's first
/// visit and keeps the page out of the output cache. <see cref="ReadingPageAntiforgery"/> wraps the antiforgery service
/// and stores nothing for an anonymous GET of a reading page (decision 11).</item>
/// <item>With an interactive render mode configured for the app, every page ends with component state that nothing
/// reads, encrypted on every request. <see cref="StaticReadingPages"/> tells the framework that reading pages configure
/// no render mode (decision 14).</item>
/// </list>
/// Both reach into the framework: the first rewrites the antiforgery service's registration, the second builds an
/// internal metadata type by name. A framework upgrade can break either without a compiler error, so
/// <see cref="FrameworkProblems"/> says what no longer holds, and a test fails with its words (docs/reading-pages.md).
/// </summary>
public static class ReadingPages
{
    /// <summary>
    /// Reading pages get no antiforgery cookie for anonymous readers and no component state; the editors' desk and every
    /// other endpoint keep the framework's behaviour. One call in Program.cs; the pages' endpoints are marked by
    /// <see cref="WithReadingPages"/> where they are mapped.
    /// </summary>
    public static WebApplicationBuilder AddReadingPages(this WebApplicationBuilder builder)
    {
        // The framework's own registration first (AddRazorComponents makes it too, and adds nothing once it is there),
        // so that this call does not depend on its place among the others.
        builder.Services.AddAntiforgery();
        ReadingPageAntiforgery.Decorate(builder.Services);
        builder.Services.AddSingleton<Marker>();
        return builder;
    }

    /// <summary>Pages marked <see cref="ReadingPageAttribute"/> configure no interactive render mode.</summary>
    public static RazorComponentsEndpointConventionBuilder WithReadingPages(this RazorComponentsEndpointConventionBuilder pages, IServiceProvider services)
    {
        if (services.GetService<Marker>() is null)
        {
            throw new InvalidOperationException(
                "The reading pages are mapped but builder.AddReadingPages() was not called in Program.cs: their anonymous readers would get an " +
                "antiforgery cookie and miss the output cache. Add it beside AddDashboard (docs/reading-pages.md).");
        }

        pages.Finally(StaticReadingPages.Apply);
        return pages;
    }

    /// <summary>
    /// What no longer works as it did when these were written, in words that say what to do; empty when all is well.
    /// <paramref name="services"/> is the app's built container.
    /// </summary>
    public static IReadOnlyList<string> FrameworkProblems(IServiceProvider services)
    {
        var problems = new List<string>();
        if (StaticReadingPages.Problem is { } renderModes)
        {
            problems.Add(renderModes);
        }

        if (services.GetService<IAntiforgery>() is not ReadingPageAntiforgery)
        {
            problems.Add("The antiforgery service is no longer ReadingPageAntiforgery: every reader's first visit sets a cookie and misses the " +
                "output cache. Check how AddRazorComponents registers IAntiforgery and adjust ReadingPageAntiforgery.Decorate.");
        }

        return problems;
    }

    /// <summary>Tells <see cref="WithReadingPages"/> that <see cref="AddReadingPages"/> ran.</summary>
    private sealed class Marker;
}
