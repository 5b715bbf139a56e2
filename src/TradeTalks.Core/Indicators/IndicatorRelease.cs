namespace TradeTalks.Indicators;

/// <summary>The series the dashboard quotes by key.</summary>
public static class QuotedSeries
{
    /// <summary>PIIE's trade-weighted average of every US tariff layer on Chinese goods.</summary>
    public const string AverageUsOnChina = "piie-average-us-on-cn";

    /// <summary>PIIE's trade-weighted average of every Chinese tariff layer on US goods.</summary>
    public const string AverageChinaOnUs = "piie-average-cn-on-us";

    public static string AverageOf(Side imposer) => imposer == Side.UnitedStates ? AverageUsOnChina : AverageChinaOnUs;

    /// <summary>Every series key a data set may name.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { AverageUsOnChina, AverageChinaOnUs };
}

/// <summary>One published value of an economic indicator.</summary>
[DataSetEntry]
public sealed class IndicatorRelease : SourcedRecord
{
    /// <summary>What is measured, e.g. "China exports (USD, year on year)". Releases of one series share it.</summary>
    public required string Indicator { get; set; }

    public required string Region { get; set; }

    /// <summary>
    /// The key of the series a figure the dashboard quotes belongs to, such as the published average tariff each way
    /// (<see cref="QuotedSeries"/>); null for other releases.
    /// </summary>
    public string? Series { get; set; }

    public Side Side { get; set; }

    /// <summary>The period the value describes, e.g. "May 2025" or "2025".</summary>
    public required string Period { get; set; }

    /// <summary>The first day of the period, to order a series on a date axis.</summary>
    public DateOnly PeriodStart { get; set; }

    public decimal Value { get; set; }

    /// <summary>Unit of the value and of prior and expected, e.g. "%".</summary>
    public required string Unit { get; set; }

    /// <summary>The previous value or forecast that this release replaces.</summary>
    public decimal? Prior { get; set; }

    public string? PriorLabel { get; set; }

    /// <summary>The consensus expectation before the release.</summary>
    public decimal? Expected { get; set; }

    public string? ExpectedNote { get; set; }

    public DateOnly? ReleasedOn { get; set; }

    public string? Note { get; set; }

    /// <summary>Value minus expectation, when an expectation is known.</summary>
    public decimal? Surprise => Expected is { } expected ? Value - expected : null;
}
