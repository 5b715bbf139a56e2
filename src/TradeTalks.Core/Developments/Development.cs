namespace TradeTalks.Developments;

/// <summary>A dated event outside the talks that moved them: export controls, threats, rulings.</summary>
[DataSetEntry]
public sealed class Development : SourcedRecord
{
    public Side Side { get; set; }

    public DateOnly On { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public string? Note { get; set; }
}
