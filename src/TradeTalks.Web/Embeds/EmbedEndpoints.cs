using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeTalks.FrontPage;
using TradeTalks.Web.Api;
using TradeTalks.Web.Charts;
using TradeTalks.Web.Components.Embeds;
using TradeTalks.Web.Extensions;
using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Embeds;

/// <summary>
/// The embeds (<c>/embed/rates</c>, <c>/embed/truce</c>, <c>/embed/chart</c>), which any site may frame, and the oEmbed
/// endpoint that hands out their frames (docs/embeds.md). Each embed is a small document of its own, rendered from a
/// component without the app's layout, with its figures from the overview's service, as the overview has them. They are
/// reading pages: cached as the pages are, dropped with them when the store changes, and no cookie for a reader.
/// </summary>
public static class EmbedEndpoints
{
    public const string OEmbedPath = "/oembed";

    public static WebApplication MapEmbeds(this WebApplication app)
    {
        var embeds = app.MapGroup("/embed").WithTags("Embeds").ExcludeFromDescription()
            .WithMetadata(new ReadingPageAttribute())
            .CacheOutput(DashboardExtensions.PagesCachePolicy);
        embeds.MapGet("/rates", RatesAsync);
        embeds.MapGet("/truce", TruceAsync);
        embeds.MapGet("/chart", ChartAsync);
        // oEmbed is its own protocol, described by its specification and docs/embeds.md rather than the data API's document.
        app.MapGet(OEmbedPath, OEmbed.Answer).ExcludeFromDescription()
            .RequireCors(OpenDataExtensions.Policy).CacheOutput(OpenDataExtensions.Policy);
        return app;
    }

    private static async Task<IResult> RatesAsync([AsParameters] AsOfQuery query, HttpContext http, PublicAddress address, OverviewService overview)
    {
        if (!query.TryRead(out var asOf, out var problem))
        {
            return Refused(problem);
        }

        var figures = await overview.GetAsync(asOf, http.RequestAborted);
        return new RazorComponentResult<RatesEmbed>(new Dictionary<string, object?>
        {
            [nameof(RatesEmbed.Figures)] = figures,
            [nameof(RatesEmbed.Embed)] = new EmbedContext(EmbedKind.Rates, asOf, address.Site(http.Request)),
        });
    }

    private static async Task<IResult> TruceAsync([AsParameters] AsOfQuery query, HttpContext http, PublicAddress address, OverviewService overview)
    {
        if (!query.TryRead(out var asOf, out var problem))
        {
            return Refused(problem);
        }

        var figures = await overview.GetAsync(asOf, http.RequestAborted);
        return new RazorComponentResult<TruceEmbed>(new Dictionary<string, object?>
        {
            [nameof(TruceEmbed.Status)] = figures.TruceAt(asOf.Instant),
            [nameof(TruceEmbed.Embed)] = new EmbedContext(EmbedKind.Truce, asOf, address.Site(http.Request)),
        });
    }

    private static async Task<IResult> ChartAsync([AsParameters] AsOfQuery query, HttpContext http, PublicAddress address, OverviewService overview)
    {
        if (!query.TryRead(out var asOf, out var problem))
        {
            return Refused(problem);
        }

        // The overview's chart: its whole span, without the published averages that /tariffs adds.
        var figures = await overview.GetAsync(asOf, http.RequestAborted);
        var site = address.Site(http.Request);
        return new RazorComponentResult<ChartEmbed>(new Dictionary<string, object?>
        {
            [nameof(ChartEmbed.Picture)] = ChartPictures.Escalation(figures.Headline.Timeline, null, asOf.Instant, [], asOf, site),
            [nameof(ChartEmbed.Embed)] = new EmbedContext(EmbedKind.Chart, asOf, site),
        });
    }

    internal const string HtmlType = "text/html; charset=utf-8";

    /// <summary>A frame shows its body whatever the status: the reason goes there, in words, with what to change.</summary>
    private static ContentHttpResult Refused(QueryProblem problem) => TypedResults.Content(
        Notice("This TradeTalks embed cannot be shown", $"{problem.Message} Change the address in the embed code."),
        HtmlType, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>A small document in the embeds' style that says, in a frame, why no figures are shown.</summary>
    internal static string Notice(string heading, string text) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Embed not shown · TradeTalks</title>" +
        $"<style>{EmbedAssets.Styles}</style></head><body><main><h1>{WebUtility.HtmlEncode(heading)}</h1>" +
        $"<p>{WebUtility.HtmlEncode(text)}</p></main></body></html>";
}
