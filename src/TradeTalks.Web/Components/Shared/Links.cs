namespace TradeTalks.Web.Components.Shared;

public static class Links
{
    /// <summary>Only web addresses become links; anything else a store may hold (a javascript: address) stays text.</summary>
    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
