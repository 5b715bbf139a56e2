namespace TradeTalks.Sources;

/// <summary>What kind of source a report is: a record resting on one source that is not an original is marked "single source".</summary>
public enum SourceKind
{
    /// <summary>The publisher's own document, or a faithful copy of it (a wire story in a paper that carries the wire).</summary>
    Original,

    /// <summary>Another outlet's retelling of someone else's report, read at second hand.</summary>
    Relay,

    /// <summary>A site that gathers and quotes others' reports.</summary>
    Aggregator,

    /// <summary>An original report that no second report was found to confirm.</summary>
    SingleReport,
}
