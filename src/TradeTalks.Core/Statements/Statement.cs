namespace TradeTalks.Statements;

/// <summary>Short words someone said, attributed and dated.</summary>
[DataSetEntry]
public sealed class Statement : SourcedRecord
{
    public int? PersonId { get; set; }

    /// <summary>The person who spoke (by key in the data set); null when an organisation spoke (see <see cref="Speaker"/>).</summary>
    public Person? Person { get; set; }

    /// <summary>Who spoke, as shown: the person's name or the organisation's. The data set gives it only when no person spoke.</summary>
    [OptionalInDataSet]
    public required string Speaker { get; set; }

    public Side Side { get; set; }

    public DateOnly SaidOn { get; set; }

    /// <summary>The words, quoted exactly and kept short.</summary>
    public required string Words { get; set; }

    /// <summary>Where and about what it was said, in the project's own words.</summary>
    public required string Context { get; set; }
}
