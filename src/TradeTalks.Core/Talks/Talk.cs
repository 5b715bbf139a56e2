namespace TradeTalks.Talks;

public enum TalkKind
{
    NegotiatingRound,
    PhoneCall,
    Summit,
    StateVisit,
}

/// <summary>A meeting or call between the two sides.</summary>
[DataSetEntry]
public sealed class Talk : SourcedRecord
{
    public TalkKind Kind { get; set; }

    public required string Title { get; set; }

    /// <summary>City and venue, or "By telephone".</summary>
    public required string Place { get; set; }

    public DateOnly FirstDay { get; set; }

    public DateOnly LastDay { get; set; }

    /// <summary>The people who took part (by key in the data set).</summary>
    public List<Person> Participants { get; set; } = [];

    public required string Summary { get; set; }

    public string? Outcome { get; set; }

    public string? Note { get; set; }
}
