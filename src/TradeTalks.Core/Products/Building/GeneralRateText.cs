using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeTalks.Products.Building;

/// <summary>The ad valorem part of a general rate as the schedule words it.</summary>
public static partial class GeneralRateText
{
    /// <summary>
    /// "Free" is 0; "16.5%" is 16.5; "2.4¢/kg + 5%" is 5 (its percent part); a purely specific rate ("2.4¢/kg") or a
    /// text without a rate has none.
    /// </summary>
    public static decimal? AdValoremPercent(string text)
    {
        if (text.StartsWith("Free", StringComparison.OrdinalIgnoreCase))
        {
            return 0m;
        }

        var percent = Percent().Match(text);
        return percent.Success ? decimal.Parse(percent.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s?%")]
    private static partial Regex Percent();
}
