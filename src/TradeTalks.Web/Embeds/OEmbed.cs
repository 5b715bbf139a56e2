using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;
using TradeTalks.Time;
using TradeTalks.Web.Api;
using TradeTalks.Web.Components.Shared;
using TradeTalks.Web.Extensions;
using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Embeds;

/// <summary>An oEmbed answer of type "rich" (oEmbed 1.0, section 2.3.4): the frame's code and its size.</summary>
public sealed record OEmbedAnswer(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("provider_name")] string ProviderName,
    [property: JsonPropertyName("provider_url")] string ProviderUrl,
    [property: JsonPropertyName("html")] string Html,
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height,
    [property: JsonPropertyName("cache_age")] int CacheAge);

/// <summary>
/// <c>/oembed?url=…&amp;maxwidth=…&amp;maxheight=…&amp;format=json</c>: for the address of an embed, or of the page one
/// stands for (<c>/</c>: the rates, <c>/truce</c>, <c>/tariffs</c>: the chart), the frame to paste, keeping the address's
/// as-of date. A url or size that cannot be used is a 400 naming it; a url that is not an embeddable TradeTalks page is a
/// 404; a format other than JSON is a 501, as the specification asks.
/// </summary>
public static class OEmbed
{
    public static IResult Answer(string? url, string? maxwidth, string? maxheight, string? format, HttpContext http, PublicAddress address, TimeProvider time)
    {
        if (!string.IsNullOrEmpty(format) && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem($"Only format=json is served, not \"{UserInput.Shorten(format)}\". Ask again with format=json, or leave format out.",
                statusCode: StatusCodes.Status501NotImplemented, title: "Format not served", extensions: new Dictionary<string, object?> { ["parameter"] = "format" });
        }

        if (string.IsNullOrWhiteSpace(url))
        {
            return ApiInput.Parameter("url", "url is missing: give the address of a TradeTalks page or embed, such as https://tradetalks.example/truce.");
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var page) || page.Scheme is not ("http" or "https"))
        {
            return ApiInput.Parameter("url", $"url \"{UserInput.Shorten(url)}\" is not a web address; give the full address of a TradeTalks page, such as https://tradetalks.example/truce.");
        }

        if (!Size(maxwidth, "maxwidth", out var width, out var widthProblem))
        {
            return widthProblem;
        }

        if (!Size(maxheight, "maxheight", out var height, out var heightProblem))
        {
            return heightProblem;
        }

        var site = new Uri(address.Site(http.Request) + "/");
        var path = page.AbsolutePath.StartsWith(site.AbsolutePath, StringComparison.OrdinalIgnoreCase)
            ? "/" + page.AbsolutePath[site.AbsolutePath.Length..]
            : null;
        var kind = path is not null && string.Equals(page.Authority, site.Authority, StringComparison.OrdinalIgnoreCase) ? EmbedKind.For(path) : null;
        if (kind is null)
        {
            return TypedResults.Problem(
                $"\"{UserInput.Shorten(url)}\" is not a page TradeTalks can embed. Embeddable are {site.GetLeftPart(UriPartial.Authority)}/ (the rates), /truce " +
                "(the countdown), /tariffs (the chart), and /embed/rates, /embed/truce, /embed/chart themselves.",
                statusCode: StatusCodes.Status404NotFound, title: "Not an embeddable page");
        }

        QueryHelpers.ParseQuery(page.Query).TryGetValue("asOf", out var asOfText);
        if (!new AsOfQuery { Text = asOfText.ToString(), Time = time }.TryRead(out var asOf, out var problem))
        {
            return ApiInput.Parameter("url", $"url: the page's asOf cannot be used. {problem.Message}");
        }

        var (frameWidth, frameHeight) = kind.SizeWithin(width, height);
        var siteText = address.Site(http.Request);
        return TypedResults.Json(new OEmbedAnswer(
            "1.0", "rich",
            asOf.IsNow ? kind.Title : $"{kind.Title}, as of {Dates.Day(asOf.Day)}",
            "TradeTalks", siteText + "/",
            kind.FrameCode(kind.Source(siteText, asOf), frameWidth, frameHeight),
            frameWidth, frameHeight, CacheAge: 86400));
    }

    /// <summary>The discovery link's address for a page: what a consumer finds in the page's head.</summary>
    public static string Discovery(string site, string pageUrl) =>
        QueryHelpers.AddQueryString(site + EmbedEndpoints.OEmbedPath, new Dictionary<string, string?> { ["url"] = pageUrl, ["format"] = "json" });

    private static bool Size(string? text, string parameter, out int? size, out IResult problem)
    {
        size = null;
        problem = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && pixels > 0)
        {
            size = pixels;
            return true;
        }

        problem = ApiInput.Parameter(parameter, $"{parameter} \"{UserInput.Shorten(text)}\" is not a width in pixels; give a whole number above 0, such as 600.");
        return false;
    }
}
