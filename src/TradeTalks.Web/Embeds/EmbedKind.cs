using System.Net;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Web.Embeds;

/// <summary>
/// One figure a newsroom can put in its own page: where the embed is served, which full page it stands for (its credit
/// line links there, and an oEmbed request for that page gets this embed), and the size its frame starts at.
/// </summary>
/// <param name="Name">The embed's name in the address: /embed/{Name}.</param>
/// <param name="PagePath">The full page it comes from.</param>
/// <param name="Title">What the frame shows, for its title attribute and the oEmbed answer.</param>
/// <param name="KeepsShape">True for a picture (the chart), whose height follows its width.</param>
public sealed record EmbedKind(string Name, string PagePath, string Title, int Width, int Height, bool KeepsShape)
{
    public static readonly EmbedKind Rates = new("rates", "/", "US–China tariff rates", 560, 280, KeepsShape: false);
    public static readonly EmbedKind Truce = new("truce", "/truce", "US–China truce countdown", 560, 250, KeepsShape: false);
    public static readonly EmbedKind Chart = new("chart", "/tariffs", "US–China tariff escalation chart", 640, 440, KeepsShape: true);

    public static IReadOnlyList<EmbedKind> All { get; } = [Rates, Truce, Chart];

    public string Path => $"/embed/{Name}";

    /// <summary>The embed served at <paramref name="path"/>, or the one that stands for the page at <paramref name="path"/>.</summary>
    public static EmbedKind? For(string path) =>
        All.FirstOrDefault(e => string.Equals(e.Path, Trim(path), StringComparison.OrdinalIgnoreCase)) ?? ForPage(path);

    /// <summary>The embed that stands for the full page at <paramref name="path"/>, if any.</summary>
    public static EmbedKind? ForPage(string path) =>
        All.FirstOrDefault(e => string.Equals(e.PagePath, Trim(path), StringComparison.OrdinalIgnoreCase));

    private static string Trim(string path) => path.Length > 1 ? path.TrimEnd('/') : path;

    /// <summary>The frame's size for at most <paramref name="maxWidth"/> by <paramref name="maxHeight"/> pixels.</summary>
    public (int Width, int Height) SizeWithin(int? maxWidth, int? maxHeight)
    {
        var width = Math.Min(Width, maxWidth ?? Width);
        // A picture keeps its 16:9 shape plus its credit line; text needs more height as its width narrows.
        var height = KeepsShape
            ? (int)Math.Round(width * 675.0 / 1200) + 80
            : width < 420 ? Height + 110 : Height;
        return (width, Math.Min(height, maxHeight ?? height));
    }

    /// <summary>The &lt;iframe&gt; to paste into a page.</summary>
    public string FrameCode(string source, int width, int height) =>
        $"<iframe src=\"{WebUtility.HtmlEncode(source)}\" width=\"{width}\" height=\"{height}\" title=\"{WebUtility.HtmlEncode(Title)} (TradeTalks)\" " +
        "style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>";

    /// <summary>The embed's address on <paramref name="site"/> for the same as-of date.</summary>
    public string Source(string site, Time.AsOf asOf) => site + AsOfLinks.With(Path, asOf);
}
