using TradeTalks.DataSets;

namespace TradeTalks.History;

/// <summary>
/// One write to the store, as the history shows it: who made it, when, how (an edit, an import, ...) and every record
/// it changed. An import is one change set, with the counts and the file's hash, and a version per record it changed.
/// </summary>
public sealed class ChangeSet
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Who wrote it: an account's e-mail address, or what wrote it ("bundled data set", "command line").</summary>
    public required string Actor { get; set; }

    public ChangeOrigin Origin { get; set; }

    /// <summary>Records added, changed and removed, counting a layer's changes and a window's terms as records of their own (as import does).</summary>
    public int Added { get; set; }

    public int Changed { get; set; }

    public int Removed { get; set; }

    /// <summary>The imported file's name as the importer gave it; only for imports.</summary>
    public string? FileName { get; set; }

    /// <summary>The SHA-256 of the imported file, in lower-case hex; only for imports.</summary>
    public string? FileHash { get; set; }

    public List<RecordVersion> Records { get; set; } = [];
}

public enum ChangeOrigin
{
    /// <summary>Records the bundled data set added at start-up.</summary>
    Seed,

    /// <summary>A data-set file imported from the command line or the browser.</summary>
    Import,

    /// <summary>A record created or changed in the editor.</summary>
    Edit,

    /// <summary>A record deleted in the editor.</summary>
    Delete,

    /// <summary>An earlier version brought back from the history.</summary>
    Restore,
}

/// <summary>
/// A top-level record (a talk, a tariff layer with its changes, ...) before and after one change set, each as its
/// data-set entry in JSON: enough to show every field's old and new value and to bring either back.
/// </summary>
public sealed class RecordVersion
{
    public long Id { get; set; }

    public long ChangeSetId { get; set; }

    public ChangeSet ChangeSet { get; set; } = null!;

    /// <summary>The kind as the data set names it: "talks", "tariffLayers", ...</summary>
    public required string Kind { get; set; }

    public required string Key { get; set; }

    public RecordChangeType Type { get; set; }

    /// <summary>The entry before the change; null when the change added it.</summary>
    public string? Before { get; set; }

    /// <summary>The entry after the change; null when the change removed it.</summary>
    public string? After { get; set; }
}
