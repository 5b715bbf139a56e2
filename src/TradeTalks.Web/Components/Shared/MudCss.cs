using MudBlazor;

namespace TradeTalks.Web.Components.Shared;

/// <summary>
/// MudBlazor's classes for the plain elements reading pages write instead of its components (<c>MudText</c>,
/// <c>MudLink</c>, <c>MudPaper</c>, <c>MudGrid</c>, <c>MudButton</c>, <c>MudChip</c>, <c>MudAlert</c>). A reading page
/// renders statically and every component costs a request more than its HTML does, so reading pages are written as
/// markup (decision 17); MudBlazor's style sheet lays them out as before. The editors' desk keeps the components.
/// </summary>
public static class MudCss
{
    public const string H4 = "mud-typography mud-typography-h4";
    public const string H5 = "mud-typography mud-typography-h5";
    public const string H6 = "mud-typography mud-typography-h6";
    public const string Subtitle1 = "mud-typography mud-typography-subtitle1";
    public const string Subtitle2 = "mud-typography mud-typography-subtitle2";
    public const string Body1 = "mud-typography mud-typography-body1";
    public const string Body2 = "mud-typography mud-typography-body2";
    public const string Caption = "mud-typography mud-typography-caption";
    public const string GutterBottom = "mud-typography-gutterbottom";
    public const string Secondary = "mud-text-secondary";

    /// <summary>A link in body text, as <c>MudLink Typo="Typo.body2"</c>.</summary>
    public const string Link = "mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body2";

    /// <summary>A link in the size of the text around it, as <c>MudLink</c> with its default typography.</summary>
    public const string TextLink = "mud-typography mud-link mud-primary-text mud-link-underline-hover";

    /// <summary>A small link, as <c>MudLink Typo="Typo.caption"</c>.</summary>
    public const string CaptionLink = "mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-caption";

    /// <summary>A raised surface, as <c>MudPaper Elevation="1"</c>.</summary>
    public const string Paper = "mud-paper mud-elevation-1";

    /// <summary>A flat surface, as <c>MudPaper Elevation="0"</c>.</summary>
    public const string FlatPaper = "mud-paper mud-elevation-0";

    /// <summary>A grid, as <c>MudGrid Spacing="3"</c>; its cells as <c>MudItem</c> with the given widths.</summary>
    public const string Grid = "mud-grid mud-grid-spacing-xs-3 justify-start";

    public static string Item(int xs, int? sm = null, int? md = null) =>
        $"mud-grid-item mud-grid-item-xs-{xs}{(sm is { } s ? $" mud-grid-item-sm-{s}" : "")}{(md is { } m ? $" mud-grid-item-md-{m}" : "")}";

    /// <summary>A button or a link that looks like one, as <c>MudButton</c>; its text goes in a <see cref="ButtonLabel"/> span.</summary>
    public static string Button(Variant variant = Variant.Text, Color color = Color.Default, Size size = Size.Medium)
    {
        var look = variant switch { Variant.Filled => "filled", Variant.Outlined => "outlined", _ => "text" };
        return $"mud-button-root mud-button mud-button-{look} mud-button-{look}-{Name(color)} mud-button-{look}-size-{Name(size)} mud-ripple";
    }

    public const string ButtonLabel = "mud-button-label";

    /// <summary>A chip, as <c>MudChip Class="ma-0"</c>; inside a <c>mud-chip-container</c>, its text in a <c>mud-chip-content</c> span.</summary>
    public static string Chip(Variant variant = Variant.Filled, Color color = Color.Default, Size size = Size.Small)
    {
        var look = variant switch { Variant.Outlined => "outlined", Variant.Text => "text", _ => "filled" };
        return $"mud-chip mud-chip-{look} mud-chip-size-{Name(size)} mud-chip-color-{Name(color)} ma-0";
    }

    /// <summary>An alert's box, as <c>MudAlert</c> (text variant); <see cref="MudMarkup.Alert(Severity, string, string?, bool, string?)"/> writes it whole.</summary>
    public static string Alert(Severity severity, bool dense = false) =>
        $"mud-alert mud-alert-text-{severity.ToString().ToLowerInvariant()}{(dense ? " mud-dense" : "")} mud-elevation-0";

    private static string Name(Color color) => color.ToString().ToLowerInvariant();

    private static string Name(Size size) => size.ToString().ToLowerInvariant();
}
