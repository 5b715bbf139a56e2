namespace TradeTalks.Truces;

public enum TruceState
{
    /// <summary>Agreed but not yet in force (a truce before its start, or an extension before its term begins).</summary>
    Announced,

    /// <summary>In force with more than 14 days left.</summary>
    InForce,

    /// <summary>In force, in its last 14 days.</summary>
    EndingSoon,

    /// <summary>The deadline passed and nothing on record says what followed: neither an extension nor a lapse.</summary>
    DeadlinePassed,

    /// <summary>A source reports that the truce lapsed.</summary>
    Lapsed,

    /// <summary>A term whose deadline an extension replaced.</summary>
    Superseded,
}
