using System.Globalization;

namespace TradeTalks.Web.Components.Shared;

/// <summary>Formats rates the same way everywhere: no trailing zeros, invariant digits.</summary>
public static class Percent
{
    /// <summary>The number alone, as machine-readable attributes carry it: 145, 10, 2.9.</summary>
    public static string Number(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>The number with a percent sign: 145%.</summary>
    public static string Format(decimal value) => Number(value) + "%";

    /// <summary>A change in percentage points with its sign: +41 pts, −115 pts.</summary>
    public static string Points(decimal change) =>
        change switch
        {
            > 0 => "+" + Number(change) + " pts",
            < 0 => "−" + Number(-change) + " pts",
            _ => "no change",
        };
}
