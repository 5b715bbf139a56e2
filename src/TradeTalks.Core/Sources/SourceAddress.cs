namespace TradeTalks.Sources;

/// <summary>What a source's address says about the document behind it.</summary>
public static class SourceAddress
{
    /// <summary>
    /// True for the address of a site rather than a document: a path of at most "/", no query and no fragment
    /// ("https://www.reuters.com", "https://ustr.gov/"). A document on a site always has more.
    /// </summary>
    public static bool IsSiteRoot(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var address)
        && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps)
        && address.AbsolutePath == "/" && address.Query.Length == 0 && address.Fragment.Length == 0;
}
