using TradeTalks.Sources;

namespace TradeTalks.Web.Api;

/// <summary>From the store's records to the API's: what every area shares. Each area maps its own records (TalkApi, TariffApi, ...).</summary>
public static class ApiMapping
{
    public static IReadOnlyList<ApiSource> Of(IEnumerable<Source> sources) =>
        [.. sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new ApiSource(s.Key, s.Publisher, s.Title, s.Url, s.PublishedOn, s.PublisherSiteOnly, s.Kind.ToString()))];
}
