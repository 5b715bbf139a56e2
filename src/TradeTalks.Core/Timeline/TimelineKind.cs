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
