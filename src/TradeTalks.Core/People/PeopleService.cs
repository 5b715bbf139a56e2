using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;
using TradeTalks.Time;

namespace TradeTalks.People;

/// <summary>A person with the talks they took part in and what they said, up to a day.</summary>
public sealed record PersonRecord(Person Person, IReadOnlyList<Talk> Talks, IReadOnlyList<Statement> Statements);

/// <summary>
/// The people a filter can offer: everyone, by side then name, when there are few enough to list (otherwise none), and
/// the person a key names, when one does.
/// </summary>
public sealed record PeopleChoices(IReadOnlyList<Person>? Listed, Person? Chosen);

public sealed class PeopleService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    public async Task<IReadOnlyList<Person>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await InListOrder(db.People).ToListAsync(cancellationToken);
    }

    /// <summary>One person by their key, with the sources published by the as-of day; only that person is read.</summary>
    public async Task<Person?> FindAsync(string key, AsOf asOf, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var person = await db.People.AsNoTracking().Where(p => p.Key == key).IncludeSources().FirstOrDefaultAsync(cancellationToken);
        SourceCut.Apply(asOf, person);
        return person;
    }

    /// <summary>People as a list of them reads: by side, then name.</summary>
    private static IQueryable<Person> InListOrder(IQueryable<Person> people) => people.AsNoTracking().OrderBy(p => p.Side).ThenBy(p => p.Name);

    /// <summary>
    /// What a person filter needs, without reading everyone when there are too many to list: at most
    /// <paramref name="maxListed"/> + 1 people, and the one <paramref name="key"/> names.
    /// </summary>
    public async Task<PeopleChoices> GetChoicesAsync(string? key, int maxListed, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var first = await InListOrder(db.People).Take(maxListed + 1).ToListAsync(cancellationToken);
        IReadOnlyList<Person>? listed = first.Count <= maxListed ? first : null;
        var chosen = string.IsNullOrWhiteSpace(key) ? null
            : listed is not null ? listed.FirstOrDefault(p => p.Key == key)
            : await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Key == key, cancellationToken);
        return new PeopleChoices(listed, chosen);
    }

    public async Task<IReadOnlyList<PersonRecord>> GetRecordsAsync(AsOf asOf, CancellationToken cancellationToken = default) =>
        (await GetRecordsPageAsync(asOf, 1, int.MaxValue, cancellationToken)).Items;

    /// <summary>
    /// One page of people in the order the officials page groups them (US officials, Chinese officials, other voices; by
    /// name), each with the talks and statements on record by a day; only the page's people's records are read.
    /// </summary>
    public async Task<Paged<PersonRecord>> GetRecordsPageAsync(AsOf asOf, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var until = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var total = await db.People.CountAsync(cancellationToken);
        page = Paged<PersonRecord>.Clamp(page, total, pageSize);
        var people = await db.People.AsNoTracking()
            .OrderBy(p => p.Role == PersonRole.Commentator || p.Side == Side.Other ? 2 : p.Side == Side.UnitedStates ? 0 : 1)
            .ThenBy(p => p.Name).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .IncludeSources()
            .ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        // The page's people's talks, found from the participants' link table, with every participant (the page lists
        // who else was there) and their sources named by id (see SourcedQueries).
        var talks = await db.Talks.AsNoTracking().LinkedTo(db, nameof(Talk.Participants), ids).Where(t => t.FirstDay <= until)
            .Include(t => t.Participants).IncludeSources().AsSplitQuery()
            .OrderBy(t => t.FirstDay).ToListAsync(cancellationToken);
        var statements = await db.Statements.AsNoTracking()
            .Where(s => s.PersonId != null && ids.Contains(s.PersonId.Value) && s.SaidOn <= until).IncludeSources().OrderBy(s => s.SaidOn).ToListAsync(cancellationToken);
        SourceCut.Apply(asOf, people);
        SourceCut.Apply(asOf, talks);
        SourceCut.Apply(asOf, statements);

        return new Paged<PersonRecord>(
            [
                .. people.Select(p => new PersonRecord(
                    p,
                    [.. talks.Where(t => t.Participants.Any(x => x.Id == p.Id))],
                    [.. statements.Where(s => s.PersonId == p.Id)])),
            ],
            total, page, pageSize);
    }
}
