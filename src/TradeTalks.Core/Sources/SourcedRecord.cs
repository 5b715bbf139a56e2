namespace TradeTalks.Sources;

/// <summary>
/// What every stored record that cites sources has: its row, its key, the sources it cites and its last edit. Not a
/// table of its own: each kind's table holds these columns beside its own.
/// </summary>
public abstract class SourcedRecord : ISourced, IEditable
{
    public int Id { get; set; }

    public required string Key { get; set; }

    public List<Source> Sources { get; set; } = [];

    public DateTimeOffset? UpdatedAt { get; set; }
}
