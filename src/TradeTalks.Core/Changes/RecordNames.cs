namespace TradeTalks.Changes;

/// <summary>
/// The names of the records other records point to (people, sources, talks, layers, measures), so that a change to a
/// list of sources or a statement's speaker reads as names and titles rather than keys.
/// </summary>
public sealed class RecordNames(IReadOnlyDictionary<(string Kind, string Key), string> names)
{
    public static RecordNames None { get; } = new(new Dictionary<(string, string), string>());

    /// <summary>The record's name or title; null when no such record is on record now.</summary>
    public string? Of(string kind, string key) => names.GetValueOrDefault((kind, key));
}
