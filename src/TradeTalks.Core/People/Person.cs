namespace TradeTalks.People;

public enum PersonRole
{
    /// <summary>Holds office and speaks for a government.</summary>
    Official,

    /// <summary>Comments from outside government: analysts, fund managers, economists.</summary>
    Commentator,
}

public sealed class Person : ISourced, IEditable
{
    public int Id { get; set; }

    public required string Key { get; set; }

    public required string Name { get; set; }

    public Side Side { get; set; }

    public PersonRole Role { get; set; }

    public required string Title { get; set; }

    public required string Organisation { get; set; }

    public List<Source> Sources { get; set; } = [];

    public DateTimeOffset? UpdatedAt { get; set; }
}
