using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using TradeTalks.Published;
using TradeTalks.Time;
using TradeTalks.Web.Api;
using TradeTalks.Web.Extensions;
using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Published;

/// <summary>The citation downloads behind every page's "Cite this": <c>/cite?format=csl-json|bibtex&amp;page=PERMALINK</c>.</summary>
public static class CitationEndpoints
{
    public const string Path = "/cite";

    public static WebApplication MapCitations(this WebApplication app)
    {
        app.MapGet(Path, Cite).ExcludeFromDescription();
        return app;
    }

    /// <summary>Where "Cite this" downloads a format from.</summary>
    public static string Download(string format, string permalink) =>
        QueryHelpers.AddQueryString(Path, new Dictionary<string, string?> { ["format"] = format, ["page"] = permalink });

    private static async Task<IResult> Cite(
        string? page, string? format, PublishedVersions versions, PublicAddress address, TimeProvider time, HttpRequest request, CancellationToken cancellationToken)
    {
        if (format is not ("csl-json" or "bibtex"))
        {
            return ApiInput.Parameter("format", "Give format=csl-json (CSL-JSON, for Zotero, Mendeley and citeproc) or format=bibtex.");
        }

        var parts = page?.Split('?', 2);
        if (parts is null || !parts[0].StartsWith('/') || parts[0].StartsWith("//", StringComparison.Ordinal) || !Citation.CanCite(parts[0]))
        {
            return ApiInput.Parameter("page",
                $"Give the permalink of a reading page from its \"Cite this\" ({string.Join(", ", Citation.Pages.Keys)}), such as /tariffs?asOf=2026-12-03&version=12.");
        }

        var query = parts.Length > 1 ? QueryHelpers.ParseQuery(parts[1]) : [];
        var asked = new AsOfQuery { Text = query.GetValueOrDefault("asOf").ToString(), Version = query.GetValueOrDefault("version").ToString(), Time = time };
        if (!asked.TryRead(out var asOf, out var problem) || !asked.TryReadPublished(out var point, out problem))
        {
            return ApiInput.Parameter("page", $"The permalink's {problem.Parameter} cannot be used: {problem.Message}");
        }

        if (asOf.Date is not { } day || point?.Version is not { } number)
        {
            return ApiInput.Parameter("page", "The permalink pins no as-of date or no version; copy it from the page's \"Cite this\", which gives both.");
        }

        var latest = await versions.LatestAsync(cancellationToken);
        var version = await versions.FindAsync(point, cancellationToken);
        if (version is null || latest is null || number > latest.Number)
        {
            return ApiInput.Parameter("page", $"The permalink's version {number} has not been published{(latest is null ? "" : $"; the latest is {latest.Number}")}.");
        }

        var permalink = Citation.Permalink(page!, day, number);
        var citation = new Citation(permalink, address.Site(request) + permalink, day, version with { Number = number }, Zones.UsEastern.DayOf(time.GetUtcNow()));
        return format == "bibtex"
            ? TypedResults.File(Encoding.UTF8.GetBytes(citation.ToBibTex()), "application/x-bibtex; charset=utf-8", citation.Key + ".bib")
            : TypedResults.File(Encoding.UTF8.GetBytes(citation.ToCslJson()), "application/vnd.citationstyles.csl+json", citation.Key + ".json");
    }
}
