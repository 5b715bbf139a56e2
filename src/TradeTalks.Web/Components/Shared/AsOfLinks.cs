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

    /// <summary>The valid as-of date in an address, if there is one.</summary>
    public static DateOnly? FromUri(string uri)
    {
        var query = new Uri(uri).Query;
        var values = QueryHelpers.ParseQuery(query);
        return values.TryGetValue("asOf", out var text)
            && DateOnly.TryParseExact(text.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
    }

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
