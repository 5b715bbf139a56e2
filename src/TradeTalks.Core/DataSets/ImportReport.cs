namespace TradeTalks.DataSets;

/// <summary>How a write meets the store.</summary>
public enum WriteMode
{
    /// <summary>Adds the records whose key the store lacks and leaves every stored record alone: the bundled data set at start-up.</summary>
    AddMissing,

    /// <summary>Adds new records and updates changed ones; records absent from the data set stay.</summary>
    Upsert,

    /// <summary>As <see cref="Upsert"/>, and removes the records absent from the data set: the store becomes the data set.</summary>
    Replace,
}

public enum RecordChangeType
{
    Added,
    Changed,
    Removed,
}

/// <summary>One field of a record before and after, as the data set writes them (JSON); null where absent.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

public sealed record RecordChange(string Kind, string Key, RecordChangeType Type, IReadOnlyList<FieldChange> Fields);

public sealed record KindSummary(string Kind, int Added, int Changed, int Unchanged, int Removed);

/// <summary>What a write did (or, for a dry run, would do): counts per kind and every record it touched.</summary>
public sealed record ImportReport(IReadOnlyList<KindSummary> Kinds, IReadOnlyList<RecordChange> Changes, bool Written)
{
    public int Total(Func<KindSummary, int> count) => Kinds.Sum(count);

    public bool ChangesAnything => Changes.Count > 0;

    /// <summary>The history's entry for the write, once written.</summary>
    public long? ChangeSetId { get; init; }

    /// <summary>The store as the write found it; a dry run's, passed back, makes sure the real write meets the same store.</summary>
    public StoreVersion? StoreVersion { get; init; }
}

/// <summary>Where the store's history stood: the newest change set, or none.</summary>
public sealed record StoreVersion(long? LatestChangeSet);

/// <summary>Something was written after a dry run, so its summary no longer says what the write would do; nothing was written.</summary>
public sealed class StoreChangedException()
    : Exception("The store changed after the rehearsal (someone saved or imported meanwhile), so nothing was written. Rehearse the import again and check what it would do now.");

/// <summary>The data set broke a rule; nothing was written.</summary>
public sealed class InvalidDataSetException(IReadOnlyList<DataSetProblem> problems)
    : Exception($"The data set has {problems.Count} problem(s); nothing was written. First: {problems.FirstOrDefault()}")
{
    public IReadOnlyList<DataSetProblem> Problems { get; } = problems;
}

/// <summary>The store refused the write (a constraint, a locked file); the transaction was rolled back.</summary>
public sealed class StoreWriteException(string message, Exception inner) : Exception(message, inner);
