namespace TradeTalks.Products.Building;

/// <summary>The revisions' days by their keys in config/revision_dates.csv ("rev_11", "2026_rev_4").</summary>
public sealed class RevisionDays(IReadOnlyList<(string Key, ScheduleRevision Revision)> revisions)
{
    /// <summary>The day a revision took effect; <paramref name="neededBy"/> names the list that needs it in the message.</summary>
    public DateOnly Of(string key, string neededBy, int? row = null) => revisions[IndexOf(key, neededBy, row)].Revision.EffectiveOn;

    /// <summary>The day of the revision after this one; none after the last.</summary>
    public DateOnly? After(string key, string neededBy, int? row = null)
    {
        var index = IndexOf(key, neededBy, row);
        return index + 1 < revisions.Count ? revisions[index + 1].Revision.EffectiveOn : null;
    }

    private int IndexOf(string key, string neededBy, int? row)
    {
        for (var i = 0; i < revisions.Count; i++)
        {
            if (revisions[i].Key == key)
            {
                return i;
            }
        }

        var problem = $"needs revision {key}, which {RevisionCalendar.FileName} does not hold. Use the file from the named commit.";
        throw row is { } number ? ProductInputException.AtRow(neededBy, number, problem) : new ProductInputException($"{neededBy}: {problem}");
    }
}
