using TradeTalks.People;
using TradeTalks.Sources;

namespace TradeTalks.Claims;

public enum ClaimTopic
{
    RareEarths,
    Chips,
    ChipDesignSoftware,
    StudentVisas,
    ExportControls,
    Tariffs,
    Other,
}

/// <summary>One side's accusation that the other broke a commitment.</summary>
public sealed class Claim : ISourced, IEditable
{
    public int Id { get; set; }

    public required string Key { get; set; }

    public Side Accuser { get; set; }

    public Side Accused { get; set; }

    /// <summary>The official who made the accusation, when the source names one.</summary>
    public int? PersonId { get; set; }

    public Person? Person { get; set; }

    public ClaimTopic Topic { get; set; }

    /// <summary>The commitment said to be broken, in the project's own words.</summary>
    public required string Commitment { get; set; }

    public required string Summary { get; set; }

    /// <summary>The day the source reports the accusation.</summary>
    public DateOnly ReportedOn { get; set; }

    public List<Source> Sources { get; set; } = [];

    public DateTimeOffset? UpdatedAt { get; set; }
}
