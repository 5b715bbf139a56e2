namespace TradeTalks.Developments;

/// <summary>A dated event outside the talks that moved them: export controls, threats, rulings.</summary>
public sealed class Development : ISourced, IEditable
{
    public int Id { get; set; }

    public required string Key { get; set; }

    public Side Side { get; set; }

    public DateOnly On { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public string? Note { get; set; }

    public List<Source> Sources { get; set; } = [];

    public DateTimeOffset? UpdatedAt { get; set; }
}
