namespace TradeTalks;

/// <summary>The party a person, measure or claim belongs to.</summary>
public enum Side
{
    UnitedStates,
    China,
    Other,
}
