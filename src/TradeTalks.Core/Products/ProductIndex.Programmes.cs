namespace TradeTalks.Products;

/// <summary>The lines each programme's listings name on a day: what a tariff layer charges, product by product.</summary>
public sealed partial class ProductIndex
{
    // Built on first use rather than with the index, so that reading the data after a start costs no more than before.
    private Dictionary<string, Listed[]>? _byProgramme;

    private readonly record struct Listed(int Line, DaySpan Days);

    /// <summary>How many lines each programme's listings name on the day (programmes naming none on it are left out).</summary>
    public IReadOnlyDictionary<string, int> CountListedOn(DateOnly day) =>
        ByProgramme().Select(p => (p.Key, Count: LinesListedOn(p.Value, day).Length)).Where(p => p.Count > 0)
            .ToDictionary(p => p.Key, p => p.Count, StringComparer.Ordinal);

    /// <summary>
    /// The lines a reader's query finds (as <see cref="Search"/> does) among those a programme's listings name on the day,
    /// in code order, a page at a time; none for a programme no listing names.
    /// </summary>
    public Paged<ProductLine> SearchListed(string? query, string programme, DateOnly day, int page, int pageSize)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var listed = ByProgramme().TryGetValue(programme, out var listings) ? LinesListedOn(listings, day) : [];
        var text = query?.Trim() ?? "";
        int[] found;
        if (CodeDigits(text) is { } prefix)
        {
            var (start, end) = PrefixRange(prefix);
            found = [.. listed.Where(i => i >= start && i < end)];
        }
        else
        {
            var words = Words(text).Distinct().ToArray();
            found = words.Length == 0 ? listed : [.. Intersect(listed, WithAllWords(words))];
        }

        return Page(found.Length, page, pageSize, i => _lines[found[i]]);
    }

    /// <summary>The lines (ascending, each once) whose listing holds the day.</summary>
    private static int[] LinesListedOn(Listed[] listings, DateOnly day)
    {
        var lines = new List<int>();
        foreach (var listing in listings)
        {
            if (listing.Days.Holds(day) && (lines.Count == 0 || lines[^1] != listing.Line))
            {
                lines.Add(listing.Line);
            }
        }

        return [.. lines];
    }

    private Dictionary<string, Listed[]> ByProgramme()
    {
        if (_byProgramme is { } built)
        {
            return built;
        }

        var byProgramme = new Dictionary<string, List<Listed>>(StringComparer.Ordinal);
        for (var i = 0; i < _lines.Length; i++)
        {
            foreach (var listing in _lines[i].Listings)
            {
                if (!byProgramme.TryGetValue(listing.Programme, out var listed))
                {
                    byProgramme[listing.Programme] = listed = [];
                }

                listed.Add(new(i, listing.Days));
            }
        }

        // Two threads may build it at once; either copy is the same, so the last one kept is as good as the first.
        return _byProgramme = byProgramme.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
