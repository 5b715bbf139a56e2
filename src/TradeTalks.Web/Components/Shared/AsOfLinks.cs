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

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
