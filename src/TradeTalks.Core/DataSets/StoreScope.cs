using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;

namespace TradeTalks.DataSets;

/// <summary>
/// The part of the store that a write of a data set without removals can change, or must be checked together with:
/// the records the data set names by key; the stored parents of children it names (a change, extension, item or
/// progress report moves to the parent the data set gives it, leaving its old parent); and the stored records that a
/// kind's registration checks with the records they name (<see cref="DataSetKind{TEntity,TEntry}.CheckedWith"/>: the
/// truce windows whose items suspend a layer or measure it names, the statements of people it names). Every other
/// stored record stays as it is, and it was checked when it was written, so loading only this part makes a write's
/// cost follow the data set rather than the store.
/// </summary>
internal sealed class StoreScope
{
    private StoreScope(Dictionary<string, List<string>> keys) => Keys = keys;

    /// <summary>The keys of each top-level kind (<see cref="Kinds.TopLevel"/>) in the scope.</summary>
    public IReadOnlyDictionary<string, List<string>> Keys { get; }

    public static async Task<StoreScope> FindAsync(TradeTalksDbContext db, DataSetDocument document, CancellationToken cancellationToken)
    {
        var keys = Kinds.TopLevel.ToDictionary(k => k.Name, k => k.EntriesIn(document).Select(e => e.Entry.Key).ToList(), StringComparer.Ordinal);
        foreach (var kind in Kinds.All)
        {
            keys[(kind.Parent ?? kind).Name].AddRange(await kind.StoredInScopeAsync(db, document, cancellationToken));
        }

        return new(keys.ToDictionary(k => k.Key, k => Distinct(k.Value), StringComparer.Ordinal));
    }

    /// <summary>Only the records of <paramref name="kind"/> in the scope.</summary>
    public IQueryable<T> Of<T>(IQueryable<T> records, string kind) where T : class, IKeyed
    {
        var keys = Keys[kind];
        return records.Where(r => EF.Parameter(keys).Contains(r.Key));
    }

    private static List<string> Distinct(IEnumerable<string> keys) => [.. keys.Distinct(StringComparer.Ordinal)];
}
