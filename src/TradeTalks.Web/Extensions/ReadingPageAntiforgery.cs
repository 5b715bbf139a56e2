using Microsoft.AspNetCore.Antiforgery;

namespace TradeTalks.Web.Extensions;

/// <summary>Marks a page whose anonymous readers get no antiforgery cookie (it has no form that posts).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ReadingPageAttribute : Attribute;

/// <summary>
/// Blazor asks for antiforgery tokens on every page it renders, which sets a cookie and "no-store" on the first
/// visit. Reading pages post nothing for an anonymous reader, and that cookie would keep them out of the output
/// cache, so for those requests nothing is stored. Signed-in editors (whose pages carry a sign-out form) and every
/// other endpoint keep the framework's behaviour. Registered by <see cref="ReadingPages.AddReadingPages"/>.
/// </summary>
public sealed class ReadingPageAntiforgery(IAntiforgery inner) : IAntiforgery
{
    private const string FormFieldName = "__RequestVerificationToken";

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        IsAnonymousReading(httpContext) ? new AntiforgeryTokenSet(null, null, FormFieldName, null) : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    private static bool IsAnonymousReading(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.User.Identity?.IsAuthenticated != true
        && context.GetEndpoint()?.Metadata.GetMetadata<ReadingPageAttribute>() is not null;

    /// <summary>Wraps the registered <see cref="IAntiforgery"/> (registered by AddAntiforgery, which AddRazorComponents calls).</summary>
    public static void Decorate(IServiceCollection services)
    {
        var descriptor = services.LastOrDefault(d => d.ServiceType == typeof(IAntiforgery))
            ?? throw new InvalidOperationException("No antiforgery service is registered to wrap: call AddAntiforgery before ReadingPageAntiforgery.Decorate.");
        var implementation = descriptor.ImplementationType
            ?? throw new InvalidOperationException(
                "ASP.NET Core now registers its antiforgery service by factory or instance, not by type, so ReadingPageAntiforgery cannot wrap " +
                "it and reading pages would set a cookie for every new reader. Update ReadingPageAntiforgery.Decorate (docs/reading-pages.md).");
        services.Remove(descriptor);
        services.Add(new ServiceDescriptor(implementation, implementation, descriptor.Lifetime));
        services.Add(new ServiceDescriptor(typeof(IAntiforgery),
            provider => new ReadingPageAntiforgery((IAntiforgery)provider.GetRequiredService(implementation)), descriptor.Lifetime));
    }
}
