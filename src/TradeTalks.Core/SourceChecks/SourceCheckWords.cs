namespace TradeTalks.SourceChecks;

/// <summary>How a check's outcome reads, the same on the command line, the sources page and the editors' desk.</summary>
public static class SourceCheckWords
{
    public static string Of(SourceCheckOutcome outcome) => outcome.ToString().ToLowerInvariant();

    /// <summary>Outcomes an editor should look at first: the document moved, vanished or changed.</summary>
    public static bool NeedsALook(SourceCheckOutcome outcome) =>
        outcome is SourceCheckOutcome.Moved or SourceCheckOutcome.Gone or SourceCheckOutcome.Changed;
}
