namespace TradeTalks.DataSets;

/// <summary>
/// Where each record stood in the file it was read from, so that a problem found later names the right place even
/// when records before it could not be read; and the keys of those unreadable records.
/// </summary>
public sealed class RecordPaths
{
    private readonly Dictionary<object, string> _paths = new(ReferenceEqualityComparer.Instance);

    /// <summary>Keys of records that were in the file but could not be read.</summary>
    public HashSet<string> Unreadable { get; } = new(StringComparer.Ordinal);

    public void Add(object record, string path) => _paths[record] = path;

    public string Of(object record, string byPosition) => _paths.GetValueOrDefault(record, byPosition);
}
