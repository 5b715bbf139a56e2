namespace TradeTalks;

/// <summary>A record with a stable, human-readable key that identifies it across stores and seed runs.</summary>
public interface IKeyed
{
    string Key { get; }
}
