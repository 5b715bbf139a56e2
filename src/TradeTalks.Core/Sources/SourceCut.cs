using TradeTalks.Time;

namespace TradeTalks.Sources;

/// <summary>
/// What a record's citations looked like on the as-of date: sources published later are left out, unless the record has
/// no other (then the later ones are all there is to show). Services apply it to what they return, so no page does.
/// </summary>
public static class SourceCut
{
    public static void Apply(AsOf asOf, IEnumerable<ISourced?> records)
    {
        var day = asOf.Day;
        foreach (var record in records)
        {
            if (record is not null && record.Sources.Any(s => !(s.PublishedOn > day)))
            {
                record.Sources.RemoveAll(s => s.PublishedOn > day);
            }
        }
    }

    public static void Apply(AsOf asOf, params ISourced?[] records) => Apply(asOf, (IEnumerable<ISourced?>)records);

    /// <summary>The same cut over a list of source references (the timeline's).</summary>
    public static IReadOnlyList<T> Apply<T>(AsOf asOf, IReadOnlyList<T> sources, Func<T, DateOnly?> publishedOn)
    {
        var day = asOf.Day;
        return sources.Any(s => !(publishedOn(s) > day)) ? [.. sources.Where(s => !(publishedOn(s) > day))] : sources;
    }
}
