namespace TradeTalks.SourceChecks;

/// <summary>The <c>Sources</c> section: how sources' addresses are fetched, and how often the app checks them.</summary>
public sealed class SourceCheckOptions
{
    public const string Section = "Sources";

    /// <summary>
    /// Fetch addresses that resolve to loopback, private, link-local or other non-public networks. Off: a source's
    /// address is typed by an editor, and fetching it must not become a way into the server's own network. Tests turn
    /// it on to fetch from a server of their own on 127.0.0.1.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>How often the app checks every source by itself; 0 (the default) never.</summary>
    public double CheckEveryHours { get; set; }

    /// <summary>How long one fetch may take, redirects and body included.</summary>
    public double TimeoutSeconds { get; set; } = 20;

    public int MaxRedirects { get; set; } = 5;

    /// <summary>The largest body read, for a check and for a kept copy alike.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}
