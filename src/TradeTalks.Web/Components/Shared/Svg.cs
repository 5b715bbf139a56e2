using Microsoft.AspNetCore.Components;

namespace TradeTalks.Web.Components.Shared;

/// <summary>
/// A Material icon as MudBlazor's <c>MudIcon</c> draws it, written as markup: the layout shows a dozen on every page, and
/// a component for each costs more to render than the page's figures. The icons are MudBlazor's own constants, markup
/// written as it is: never pass it text that comes from a record or a request.
/// </summary>
public static class Svg
{
    public const string Medium = "mud-icon-root mud-svg-icon mud-icon-size-medium";

    public static MarkupString Icon(string icon, string classes = Medium) =>
        new($"<svg class=\"{classes}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{icon}</svg>");

    /// <summary>A button's leading icon, as <c>MudButton StartIcon</c> writes it (before the label, inside it).</summary>
    public static MarkupString StartIcon(string icon, bool small = false)
    {
        var size = small ? "small" : "medium";
        return new($"<span class=\"mud-button-icon-start mud-button-icon-size-{size}\">{Icon(icon, $"mud-icon-root mud-svg-icon mud-icon-size-{size}")}</span>");
    }
}
