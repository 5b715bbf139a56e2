using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using TradeTalks.Published;
using TradeTalks.Time;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Web.Published;

/// <summary>
/// A reading page cited: its permalink pins the as-of date and the data version, so the figures under it never change.
/// Written in words, as CSL-JSON and as BibTeX (both of which Zotero imports).
/// </summary>
public sealed record Citation(string Page, string Address, DateOnly AsOf, DataVersion Version, DateOnly Accessed)
{
    public const string Site = "TradeTalks: the US–China trade talks tracker";

    /// <summary>The reading pages and their titles: what can be cited.</summary>
    public static readonly IReadOnlyDictionary<string, string> Pages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["/"] = "Overview",
        ["/tariffs"] = "Tariffs",
        ["/products"] = "Products",
        ["/truce"] = "Truce",
        ["/timeline"] = "Timeline",
        ["/measures"] = "Measures",
        ["/commitments"] = "Commitments",
        ["/claims"] = "Claims",
        ["/indicators"] = "Indicators",
        ["/officials"] = "Officials",
        ["/sources"] = "Sources",
    };

    public string Title => $"{PageTitle(Path)}, as of {Dates.Day(AsOf)}";

    /// <summary>Whether a path is a reading page that can be cited: one of <see cref="Pages"/>, or a product line's page.</summary>
    public static bool CanCite(string path) => Pages.ContainsKey(path) || ProductCode(path) is not null;

    /// <summary>The page's title: from <see cref="Pages"/>, or "Product 6109.10.00.12" for a product line's page.</summary>
    public static string PageTitle(string path) =>
        ProductCode(path) is { } code ? $"Product {TradeTalks.Products.ProductService.Dotted(code)}" : Pages[path];

    /// <summary>The ten digits of a product page's path (/products/6109100012), else null.</summary>
    private static string? ProductCode(string path) =>
        path.StartsWith("/products/", StringComparison.Ordinal) && path[10..] is { Length: 10 } code && code.All(char.IsAsciiDigit) ? code : null;

    private string Path => Page.Split('?')[0];

    /// <summary>
    /// A page's address with its as-of date and data version pinned: every other parameter kept, published left out
    /// (the version says it exactly).
    /// </summary>
    public static string Permalink(string relativeUri, DateOnly asOf, long version)
    {
        var parts = relativeUri.Split('?', 2);
        var kept = (parts.Length > 1 ? QueryHelpers.ParseQuery(parts[1]) : [])
            .Where(p => p.Key is not ("asOf" or "published" or "version"))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new("asOf", AsOfLinks.Format(asOf)))
            .Append(new("version", version.ToString(CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(parts[0].Length == 0 ? "/" : parts[0], kept);
    }

    public string InWords =>
        $"{Site}, “{Title}”, data version {Version.Number} (published {PublishedReading.Words(Version.At)}). {Address} (accessed {Dates.Day(Accessed)}).";

    /// <summary>CSL-JSON: an array of one item of type webpage, dates as date-parts.</summary>
    public string ToCslJson() => JsonSerializer.Serialize(new object[]
    {
        new Dictionary<string, object>
        {
            ["id"] = Key,
            ["type"] = "webpage",
            ["title"] = Title,
            ["container-title"] = Site,
            ["author"] = new[] { new Dictionary<string, string> { ["literal"] = "TradeTalks" } },
            ["URL"] = Address,
            ["version"] = Version.Number.ToString(CultureInfo.InvariantCulture),
            ["issued"] = DateParts(Zones.UsEastern.DayOf(Version.At)),
            ["accessed"] = DateParts(Accessed),
            ["note"] = $"Figures as of {Dates.Day(AsOf)} (end of day, US Eastern); data version {Version.Number}.",
        },
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>BibTeX (biblatex fields, which Zotero reads): an @online entry, special characters escaped.</summary>
    public string ToBibTex()
    {
        var issued = Zones.UsEastern.DayOf(Version.At);
        var text = new StringBuilder()
            .Append("@online{").Append(Key).Append(",\n")
            .Append("  author = {{TradeTalks}},\n")
            .Append("  title = {").Append(Escape(Title)).Append("},\n")
            .Append("  organization = {").Append(Escape(Site)).Append("},\n")
            .Append("  version = {").Append(Version.Number.ToString(CultureInfo.InvariantCulture)).Append("},\n")
            .Append("  date = {").Append(issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("},\n")
            .Append("  year = {").Append(issued.Year.ToString(CultureInfo.InvariantCulture)).Append("},\n")
            .Append("  url = {").Append(Address.Replace("%", "\\%", StringComparison.Ordinal).Replace("#", "\\#", StringComparison.Ordinal)).Append("},\n")
            .Append("  urldate = {").Append(Accessed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("},\n")
            .Append("  note = {").Append(Escape($"Figures as of {Dates.Day(AsOf)} (end of day, US Eastern); data version {Version.Number}")).Append("}\n")
            .Append("}\n");
        return text.ToString();
    }

    /// <summary>A citation key: letters, digits and hyphens only.</summary>
    public string Key => $"tradetalks-{(ProductCode(Path) is { } code ? "product-" + code : Pages[Path].ToLowerInvariant())}-{AsOf:yyyyMMdd}-v{Version.Number}";

    private static Dictionary<string, int[][]> DateParts(DateOnly day) => new() { ["date-parts"] = [[day.Year, day.Month, day.Day]] };

    // The characters BibTeX gives a meaning to, written as text; a brace is escaped rather than left to unbalance the entry.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => "\\textbackslash{}",
                '{' or '}' or '%' or '&' or '#' or '_' or '$' => "\\" + c,
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
