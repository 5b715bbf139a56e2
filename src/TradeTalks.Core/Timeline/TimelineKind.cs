namespace TradeTalks.Timeline;

/// <summary>What a timeline item is.</summary>
public enum TimelineKind
{
    Talk,
    TariffChange,
    TruceMilestone,
    Statement,
    Claim,
    IndicatorRelease,
    Development,
    Measure,
    Commitment,
}

public static class TimelineKindNames
{
    public static string Label(this TimelineKind kind) => kind switch
    {
        TimelineKind.Talk => "Talks and calls",
        TimelineKind.TariffChange => "Tariff changes",
        TimelineKind.TruceMilestone => "Truce milestones",
        TimelineKind.Statement => "Statements",
        TimelineKind.Claim => "Claims",
        TimelineKind.IndicatorRelease => "Indicator releases",
        TimelineKind.Development => "Other developments",
        TimelineKind.Measure => "Measures beyond tariffs",
        TimelineKind.Commitment => "Commitments",
        _ => kind.ToString(),
    };
}
