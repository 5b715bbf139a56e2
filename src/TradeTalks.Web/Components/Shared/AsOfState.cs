using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using TradeTalks.Time;

namespace TradeTalks.Web.Components.Shared;

/// <summary>
/// The as-of date of the address being shown, read once per address for the whole request or live connection: the
/// layout, the menu, the picker, the pages and the source lists all ask this one service instead of each parsing the
/// address. A date that cannot be used leaves the figures at now, with <see cref="Error"/> saying why.
/// </summary>
public sealed class AsOfState(NavigationManager navigation, TimeProvider time)
{
    private string? _uri;
    private AsOf _asOf;
    private string? _error;

    public AsOf Current
    {
        get
        {
            Refresh();
            return _asOf;
        }
    }

    /// <summary>Why the as-of date in the address was not used, in words the reader can act on; null when it was (or there was none).</summary>
    public string? Error
    {
        get
        {
            Refresh();
            return _error;
        }
    }

    /// <summary>The address being shown without its as-of date, every other parameter kept: where "Show today" leads.</summary>
    public string Today => navigation.GetUriWithQueryParameter("asOf", (string?)null);

    private void Refresh()
    {
        var uri = navigation.Uri;
        if (uri == _uri)
        {
            return;
        }

        var values = QueryHelpers.ParseQuery(new Uri(uri).Query);
        values.TryGetValue("asOf", out var text);
        // The API reads it the same way (AsOfQuery), so a date means the same on a page and in the API.
        // A date that cannot be used reads as now.
        new Queries.AsOfQuery { Text = text.ToString(), Time = time }.TryRead(out _asOf, out var problem);
        _error = problem?.Message;
        _uri = uri;
    }
}
