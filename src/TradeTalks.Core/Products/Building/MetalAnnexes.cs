namespace TradeTalks.Products.Building;

/// <summary>
/// The metals annexes of April 2026 (resources/s232_annex_products.csv): a line is in one annex at a time, the one whose
/// row names the longest start of its code, as upstream's classify_s232_annex reads the file. A prefix with rows of
/// several days takes the latest row in force (Proclamation 11032's changes of 8 June 2026); two rows of one prefix and
/// day keep the first.
/// </summary>
public sealed class MetalAnnexes
{
    private readonly Dictionary<string, List<(DateOnly From, string Annex)>> _rows = new(StringComparer.Ordinal);
    private readonly SortedSet<DateOnly> _days = [];

    public IEnumerable<string> Prefixes => _rows.Keys;

    public void Add(string prefix, string annex, DateOnly from)
    {
        if (!_rows.TryGetValue(prefix, out var rows))
        {
            _rows[prefix] = rows = [];
        }

        rows.Add((from, annex));
        _days.Add(from);
    }

    /// <summary>The line's annex listings, one annex on any day, each from the day its row takes over.</summary>
    public IEnumerable<ListingRule> Of(string hts10)
    {
        string? current = null;
        var start = default(DateOnly);
        foreach (var day in _days)
        {
            var annex = On(hts10, day);
            if (annex == current)
            {
                continue;
            }

            if (current is not null)
            {
                yield return new ListingRule($"232-annex-{current}", "", hts10, start, day);
            }

            (current, start) = (annex, day);
        }

        if (current is not null)
        {
            yield return new ListingRule($"232-annex-{current}", "", hts10, start, null);
        }
    }

    private string? On(string hts10, DateOnly day)
    {
        for (var length = hts10.Length; length >= 4; length--)
        {
            if (_rows.TryGetValue(hts10[..length], out var rows) && InForce(rows, day) is { } annex)
            {
                return annex;
            }
        }

        return null;
    }

    private static string? InForce(List<(DateOnly From, string Annex)> rows, DateOnly day)
    {
        (DateOnly From, string Annex)? latest = null;
        foreach (var row in rows.Where(r => r.From <= day))
        {
            if (latest is null || row.From > latest.Value.From)
            {
                latest = row;
            }
        }

        return latest?.Annex;
    }
}
