using TradeTalks.Web.Accounts;
using TradeTalks.Web.Extensions;

namespace TradeTalks.Web.Preferences;

/// <summary>
/// A reader's choices that outlive a visit, kept in a cookie so that reading pages stay static: the server renders
/// the chosen theme on the first byte, with no script and no live connection. Only the theme is kept today.
/// </summary>
public static class ReaderPreferences
{
    public const string ThemeCookie = "tt-theme";

    public static bool IsDarkMode(HttpRequest request) => request.Cookies[ThemeCookie] == "dark";

    /// <summary>The theme as a cache key part: pages are cached once per theme.</summary>
    public static string Theme(HttpContext context) => IsDarkMode(context.Request) ? "dark" : "light";

    /// <summary>
    /// <c>POST /preferences/theme</c> with <c>theme=dark|light</c> and <c>returnUrl</c>: remembers the theme for a year
    /// and goes back. It needs no antiforgery token: all a forged post could do is change a colour scheme.
    /// </summary>
    public static WebApplication MapReaderPreferences(this WebApplication app)
    {
        app.MapPost("/preferences/theme", async (HttpContext context) =>
        {
            if (!context.Request.HasFormContentType)
            {
                return Results.Problem("Choose the theme with the button in the page's top bar; this address takes a form post.",
                    statusCode: StatusCodes.Status400BadRequest);
            }

            IFormCollection form;
            try
            {
                form = await context.Request.ReadFormAsync();
            }
            catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
            {
                // A crafted post (a null character, an oversized form) is the sender's mistake, not the server's.
                return Results.Problem($"The form could not be read: {exception.Message} Choose the theme with the button in the page's top bar.",
                    statusCode: StatusCodes.Status400BadRequest);
            }

            var theme = form["theme"].ToString();
            if (theme is not ("dark" or "light"))
            {
                return Results.Problem("The theme must be \"dark\" or \"light\".", statusCode: StatusCodes.Status400BadRequest,
                    extensions: new Dictionary<string, object?> { ["parameter"] = "theme" });
            }

            context.Response.Cookies.Append(ThemeCookie, theme, new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                Path = "/",
            });
            return Results.LocalRedirect(ReturnAddress.ForLocation(AccountExtensions.LocalOr(form["returnUrl"], "/")));
        }).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }
}
