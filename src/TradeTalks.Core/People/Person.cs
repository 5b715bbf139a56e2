namespace TradeTalks.People;

public enum PersonRole
{
    /// <summary>Holds office and speaks for a government.</summary>
    Official,

    /// <summary>Comments from outside government: analysts, fund managers, economists.</summary>
    Commentator,
}

[DataSetEntry]
public sealed class Person : SourcedRecord
{
    public required string Name { get; set; }

    public Side Side { get; set; }

    public PersonRole Role { get; set; }

    public required string Title { get; set; }

    public required string Organisation { get; set; }
}
