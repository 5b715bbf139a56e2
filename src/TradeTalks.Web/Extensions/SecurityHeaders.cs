using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// Security headers on every response. The Content-Security-Policy allows scripts only from this site plus the one
/// inline script Blazor writes (the import map that points module names at fingerprinted files), by its hash. Styles
/// must allow 'unsafe-inline': MudBlazor writes its theme as an inline &lt;style&gt; and sets style attributes on its
/// components. docs/security.md says what that leaves open. The API reference page (/api) runs Scalar's inline
/// start-up script and gets a policy of its own, and so do the embeds, which any site may frame; an endpoint that sets a
/// policy of its own keeps it.
/// </summary>
public sealed class SecurityHeaders(EndpointDataSource endpoints) : IMiddleware
{
    private const string PagePolicyTemplate =
        "default-src 'self'; script-src 'self' {0}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private string? _pagePolicy;

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        // Set as the response starts, so an error page (the exception handler clears the headers) carries them too.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            // Embeds are made to be framed by other sites (their policy says frame-ancestors *); every other page refuses.
            var embed = Embeds.EmbedAssets.IsEmbed(Embeds.EmbedErrors.RequestedPath(context));
            if (!embed)
            {
                headers.XFrameOptions = "DENY";
            }

            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // An answer with a policy of its own keeps it (a kept copy of a source is served sandboxed).
            if (!string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                return Task.CompletedTask;
            }

            headers.ContentSecurityPolicy = embed ? Embeds.EmbedAssets.Policy : string.Equals(context.Request.Path.Value?.TrimEnd('/'), "/api", StringComparison.OrdinalIgnoreCase)
                ? ApiReferencePolicy
                : _pagePolicy ??= string.Format(System.Globalization.CultureInfo.InvariantCulture, PagePolicyTemplate, ImportMapHash());
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>
    /// The hash of the import map Blazor's &lt;ImportMap /&gt; writes: the same for every page of a build, since it is
    /// made from the static assets' manifest, which the page endpoints carry.
    /// </summary>
    private string ImportMapHash()
    {
        var importMap = endpoints.Endpoints.Select(e => e.Metadata.GetMetadata<ImportMapDefinition>()).FirstOrDefault(m => m is not null);
        return importMap is null
            ? ""
            : $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap.ToString())))}'";
    }
}
