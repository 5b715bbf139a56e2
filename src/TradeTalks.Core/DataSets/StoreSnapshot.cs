using Microsoft.EntityFrameworkCore;
using TradeTalks.Claims;
using TradeTalks.Commitments;
using TradeTalks.Developments;
using TradeTalks.Indicators;
using TradeTalks.Measures;
using TradeTalks.People;
using TradeTalks.Sources;
using TradeTalks.Statements;
using TradeTalks.Talks;
using TradeTalks.Tariffs;
using TradeTalks.Truces;
using TradeTalks.Store;

namespace TradeTalks.DataSets;

/// <summary>
/// Every stored record with what it refers to, loaded in one go: what export writes and import compares against. With a
/// <see cref="StoreScope"/>, only the records in it (each still with all its children).
/// </summary>
internal sealed record StoreSnapshot(
    List<Source> Sources,
    List<Person> People,
    List<Talk> Talks,
    List<TariffLayer> TariffLayers,
    List<Measure> Measures,
    List<TruceWindow> TruceWindows,
    List<Commitment> Commitments,
    List<IndicatorRelease> IndicatorReleases,
    List<Statement> Statements,
    List<Claim> Claims,
    List<Development> Developments)
{
    /// <summary>Loads the store, or the part of it in <paramref name="scope"/>; tracked when the records are to be changed.</summary>
    public static async Task<StoreSnapshot> LoadAsync(TradeTalksDbContext db, bool tracked, CancellationToken cancellationToken, StoreScope? scope = null)
    {
        IQueryable<T> Query<T>(IQueryable<T> set, string kind) where T : class, IKeyed
        {
            var records = tracked ? set : set.AsNoTracking();
            return scope is null ? records : scope.Of(records, kind);
        }

        return new(
            await Query(db.Sources, "sources").ToListAsync(cancellationToken),
            await Query(db.People, "people").Include(p => p.Sources).ToListAsync(cancellationToken),
            await Query(db.Talks, "talks").Include(t => t.Participants).Include(t => t.Sources).AsSplitQuery().ToListAsync(cancellationToken),
            await Query(db.TariffLayers, "tariffLayers").Include(l => l.Sources).Include(l => l.Changes).ThenInclude(c => c.Sources).AsSplitQuery().ToListAsync(cancellationToken),
            await Query(db.Measures, "measures").Include(m => m.Sources).Include(m => m.Changes).ThenInclude(c => c.Sources).AsSplitQuery().ToListAsync(cancellationToken),
            await Query(db.TruceWindows, "truceWindows").Include(w => w.Sources).Include(w => w.Extensions).ThenInclude(e => e.Sources)
                .Include(w => w.Items).ThenInclude(i => i.Sources).Include(w => w.Items).ThenInclude(i => i.Layer)
                .Include(w => w.Items).ThenInclude(i => i.Measure).Include(w => w.Items).ThenInclude(i => i.Extension)
                .AsSplitQuery().ToListAsync(cancellationToken),
            await Query(db.Commitments, "commitments").Include(c => c.Talk).Include(c => c.Sources).Include(c => c.Progress).ThenInclude(p => p.Sources)
                .AsSplitQuery().ToListAsync(cancellationToken),
            await Query(db.IndicatorReleases, "indicatorReleases").Include(i => i.Sources).ToListAsync(cancellationToken),
            await Query(db.Statements, "statements").Include(s => s.Person).Include(s => s.Sources).ToListAsync(cancellationToken),
            await Query(db.Claims, "claims").Include(c => c.Person).Include(c => c.Sources).ToListAsync(cancellationToken),
            await Query(db.Developments, "developments").Include(d => d.Sources).ToListAsync(cancellationToken));
    }

    /// <summary>
    /// The store as a data set. Each kind is listed in the order its records entered the store, which is also the order
    /// pages show records that nothing else orders (people of one side, statements of one day); an import into an empty
    /// store enters them in the file's order, so export, import and export again give the same bytes.
    /// </summary>
    public DataSetDocument ToDocument() => new()
    {
        Sources = [.. Sources.OrderBy(s => s.Id).Select(EntryMapping.ToEntry)],
        People = [.. People.OrderBy(p => p.Id).Select(EntryMapping.ToEntry)],
        Talks = [.. Talks.OrderBy(t => t.Id).Select(EntryMapping.ToEntry)],
        TariffLayers = [.. TariffLayers.OrderBy(l => l.Id).Select(EntryMapping.ToEntry)],
        Measures = [.. Measures.OrderBy(m => m.Id).Select(EntryMapping.ToEntry)],
        TruceWindows = [.. TruceWindows.OrderBy(w => w.Id).Select(EntryMapping.ToEntry)],
        Commitments = [.. Commitments.OrderBy(c => c.Id).Select(EntryMapping.ToEntry)],
        IndicatorReleases = [.. IndicatorReleases.OrderBy(i => i.Id).Select(EntryMapping.ToEntry)],
        Statements = [.. Statements.OrderBy(s => s.Id).Select(EntryMapping.ToEntry)],
        Claims = [.. Claims.OrderBy(c => c.Id).Select(EntryMapping.ToEntry)],
        Developments = [.. Developments.OrderBy(d => d.Id).Select(EntryMapping.ToEntry)],
    };
}

/// <summary>Writes the whole store as a data set.</summary>
public sealed class DataSetExporter(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    public async Task<DataSetDocument> ExportAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await StoreSnapshot.LoadAsync(db, tracked: false, cancellationToken)).ToDocument();
    }
}
