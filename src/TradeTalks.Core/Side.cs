namespace TradeTalks;

/// <summary>The party a person, measure or claim belongs to.</summary>
public enum Side
{
    UnitedStates,
    China,
    Other,
}

public static class SideNames
{
    public static string ShortName(this Side side) => side switch
    {
        Side.UnitedStates => "US",
        Side.China => "China",
        _ => "Other",
    };
}
