namespace TradeTalks.Sources;

/// <summary>A record that cites the sources it comes from.</summary>
public interface ISourced : IKeyed
{
    List<Source> Sources { get; }
}
