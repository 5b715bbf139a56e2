using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;

namespace TradeTalks.DataSets;

/// <summary>
/// The part of the store that a write of a data set without removals can change, or must be checked together with:
/// the records the data set names by key; the stored parents of children it names (a change, extension, item or
/// progress report moves to the parent the data set gives it, leaving its old parent); the stored truce windows whose
/// items suspend a layer or measure it names (an item's side must match what it suspends); and the stored statements
/// of people it names (a statement shows its speaker's name). Every other stored record stays as it is, and it was
/// checked when it was written, so loading only this part makes a write's cost follow the data set rather than the store.
/// </summary>
internal sealed class StoreScope
{
    private StoreScope(Dictionary<string, List<string>> keys) => Keys = keys;

    /// <summary>The keys of each top-level kind (<see cref="DataSetEntries.Kinds"/>) in the scope.</summary>
    public IReadOnlyDictionary<string, List<string>> Keys { get; }

    public static async Task<StoreScope> FindAsync(TradeTalksDbContext db, DataSetDocument document, CancellationToken cancellationToken)
    {
        static List<string> KeysOf(IEnumerable<IEntry> entries) => [.. entries.Select(e => e.Key)];

        var layers = KeysOf(document.TariffLayers);
        var measures = KeysOf(document.Measures);
        var people = KeysOf(document.People);
        var changes = KeysOf(document.TariffLayers.SelectMany(l => l.Changes));
        var measureChanges = KeysOf(document.Measures.SelectMany(m => m.Changes));
        var extensions = KeysOf(document.TruceWindows.SelectMany(w => w.Extensions));
        var items = KeysOf(document.TruceWindows.SelectMany(w => w.Items));
        var progress = KeysOf(document.Commitments.SelectMany(c => c.Progress));

        // One JSON parameter per list (EF.Parameter): a data set can name more keys than a query may have parameters.
        var windows = KeysOf(document.TruceWindows)
            .Concat(await db.TruceExtensions.Where(e => EF.Parameter(extensions).Contains(e.Key)).Select(e => e.TruceWindow.Key).ToListAsync(cancellationToken))
            .Concat(await db.TruceItems.Where(i => EF.Parameter(items).Contains(i.Key)
                    || (i.Layer != null && EF.Parameter(layers).Contains(i.Layer.Key))
                    || (i.Measure != null && EF.Parameter(measures).Contains(i.Measure.Key)))
                .Select(i => i.TruceWindow.Key).ToListAsync(cancellationToken));
        return new(new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["sources"] = KeysOf(document.Sources),
            ["people"] = people,
            ["talks"] = KeysOf(document.Talks),
            ["tariffLayers"] = Distinct(layers.Concat(
                await db.TariffChanges.Where(c => EF.Parameter(changes).Contains(c.Key)).Select(c => c.Layer.Key).ToListAsync(cancellationToken))),
            ["measures"] = Distinct(measures.Concat(
                await db.MeasureChanges.Where(c => EF.Parameter(measureChanges).Contains(c.Key)).Select(c => c.Measure.Key).ToListAsync(cancellationToken))),
            ["truceWindows"] = Distinct(windows),
            ["commitments"] = Distinct(KeysOf(document.Commitments).Concat(
                await db.CommitmentProgress.Where(p => EF.Parameter(progress).Contains(p.Key)).Select(p => p.Commitment.Key).ToListAsync(cancellationToken))),
            ["indicatorReleases"] = KeysOf(document.IndicatorReleases),
            ["statements"] = Distinct(KeysOf(document.Statements).Concat(
                await db.Statements.Where(s => s.Person != null && EF.Parameter(people).Contains(s.Person.Key)).Select(s => s.Key).ToListAsync(cancellationToken))),
            ["claims"] = KeysOf(document.Claims),
            ["developments"] = KeysOf(document.Developments),
        });
    }

    /// <summary>Only the records of <paramref name="kind"/> in the scope.</summary>
    public IQueryable<T> Of<T>(IQueryable<T> records, string kind) where T : class, IKeyed
    {
        var keys = Keys[kind];
        return records.Where(r => EF.Parameter(keys).Contains(r.Key));
    }

    private static List<string> Distinct(IEnumerable<string> keys) => [.. keys.Distinct(StringComparer.Ordinal)];
}
