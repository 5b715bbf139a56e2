using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using TradeTalks.Time;

namespace TradeTalks.Web.Components.Shared;

/// <summary>Builds links that carry the as-of date from page to page.</summary>
public static class AsOfLinks
{
    public static string With(string path, AsOf asOf) => With(path, asOf.Date);

    public static string With(string path, DateOnly? date) =>
        date is { } day ? QueryHelpers.AddQueryString(path, "asOf", Format(day)) : path;

    /// <summary>The as-of date in an address, if there is one the dashboard accepts.</summary>
    public static DateOnly? FromUri(string uri, TimeProvider time)
    {
        var values = QueryHelpers.ParseQuery(new Uri(uri).Query);
        return values.TryGetValue("asOf", out var text) && AsOf.TryParse(text.ToString(), time, out var asOf, out _)
            ? asOf.Date
            : null;
    }

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
