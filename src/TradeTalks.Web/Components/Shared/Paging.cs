using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace TradeTalks.Web.Components.Shared;

/// <summary>Page numbers in the address (<c>?page=N</c>): read leniently (anything but a positive number is page 1).</summary>
public static class Paging
{
    public static int Read(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;

    /// <summary>This address with another page number (none for the first), every other parameter kept.</summary>
    public static string Href(NavigationManager navigation, int page, string parameter = "page") =>
        navigation.GetUriWithQueryParameter(parameter, page > 1 ? page : null);
}
