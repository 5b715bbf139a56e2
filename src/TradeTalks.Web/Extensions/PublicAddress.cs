using Microsoft.AspNetCore.Components;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// The address readers reach the site at, for the links that must be absolute: the change feed, the calendar and the
/// calendar subscription on the pages. A request's Host header is whatever the client sent, and those answers are
/// cached for every reader after it, so they take the configured <c>Dashboard:PublicBaseUrl</c>; only in Development,
/// without it, the address the request came to.
/// </summary>
public sealed class PublicAddress(Uri? configured)
{
    public const string Setting = "Dashboard:PublicBaseUrl";

    /// <summary>The site without a trailing slash (<c>https://tradetalks.example</c>), for a path to follow.</summary>
    public string Site(HttpRequest request) =>
        configured is not null ? WithoutSlash(configured) : $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <inheritdoc cref="Site(HttpRequest)"/>
    public string Site(NavigationManager navigation) => WithoutSlash(configured ?? new Uri(navigation.BaseUri));

    /// <summary>The calendar as a <c>webcal://</c> address, which calendar programs open as a subscription.</summary>
    public string CalendarSubscription(NavigationManager navigation)
    {
        var site = Site(navigation);
        return string.Concat("webcal", site.AsSpan(site.IndexOf(':', StringComparison.Ordinal)), Feeds.FeedEndpoints.CalendarPath);
    }

    /// <summary>Reads and checks the setting; outside Development the dashboard does not start without it.</summary>
    public static WebApplicationBuilder AddPublicAddress(WebApplicationBuilder builder)
    {
        var text = builder.Configuration[Setting]?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (!builder.Environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    $"{Setting} is not set. Outside Development the change feed, the calendar and the pages' calendar links need the address " +
                    $"readers use, such as https://tradetalks.example/ (environment variable Dashboard__PublicBaseUrl); the Host header a " +
                    "request brings is not trusted for them. See docs/production.md.");
            }

            builder.Services.AddSingleton(new PublicAddress(null));
            return builder;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var address) || address.Scheme is not ("https" or "http")
            || address.Query.Length > 0 || address.Fragment.Length > 0 || address.UserInfo.Length > 0)
        {
            throw new InvalidOperationException(
                $"{Setting} holds \"{text}\", which is not a web address without a query. Write the address readers use, such as https://tradetalks.example/.");
        }

        builder.Services.AddSingleton(new PublicAddress(address));
        return builder;
    }

    private static string WithoutSlash(Uri address) => address.GetLeftPart(UriPartial.Path).TrimEnd('/');
}
