namespace TradeTalks.Web.Components.Shared;

/// <summary>
/// MudBlazor's classes for the plain elements the reading pages write where they once used <c>MudText</c>, <c>MudLink</c>,
/// <c>MudPaper</c> and <c>MudGrid</c>. A reading page renders statically and every component costs a request more
/// than its HTML does, so the pages read by everyone (the overview and what it shows) are written as markup; MudBlazor's
/// style sheet lays them out as before. The editors' desk keeps the components.
/// </summary>
public static class MudCss
{
    public const string H4 = "mud-typography mud-typography-h4";
    public const string H6 = "mud-typography mud-typography-h6";
    public const string Subtitle2 = "mud-typography mud-typography-subtitle2";
    public const string Body2 = "mud-typography mud-typography-body2";
    public const string Caption = "mud-typography mud-typography-caption";
    public const string GutterBottom = "mud-typography-gutterbottom";
    public const string Secondary = "mud-text-secondary";

    /// <summary>A link in body text, as <c>MudLink Typo="Typo.body2"</c>.</summary>
    public const string Link = "mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body2";

    /// <summary>A raised surface, as <c>MudPaper Elevation="1"</c>.</summary>
    public const string Paper = "mud-paper mud-elevation-1";

    /// <summary>A flat surface, as <c>MudPaper Elevation="0"</c>.</summary>
    public const string FlatPaper = "mud-paper mud-elevation-0";

    /// <summary>A grid, as <c>MudGrid Spacing="3"</c>; its cells as <c>MudItem</c> with the given widths.</summary>
    public const string Grid = "mud-grid mud-grid-spacing-xs-3 justify-start";

    public static string Item(int xs, int? sm = null, int? md = null) =>
        $"mud-grid-item mud-grid-item-xs-{xs}{(sm is { } s ? $" mud-grid-item-sm-{s}" : "")}{(md is { } m ? $" mud-grid-item-md-{m}" : "")}";
}
