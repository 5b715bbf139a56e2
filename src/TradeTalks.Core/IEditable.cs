namespace TradeTalks;

/// <summary>A stored record whose last edit time feeds the data's freshness.</summary>
public interface IEditable
{
    /// <summary>When the record was last changed after it was first stored; null when never edited.</summary>
    DateTimeOffset? UpdatedAt { get; set; }
}
