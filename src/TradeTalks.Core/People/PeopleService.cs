using TradeTalks.Sources;
using Microsoft.EntityFrameworkCore;
using TradeTalks.Statements;
using TradeTalks.Store;
using TradeTalks.Time;
using TradeTalks.Talks;

namespace TradeTalks.People;

/// <summary>A person with the talks they took part in and what they said, up to a day.</summary>
public sealed record PersonRecord(Person Person, IReadOnlyList<Talk> Talks, IReadOnlyList<Statement> Statements);

public sealed class PeopleService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    public async Task<IReadOnlyList<Person>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.People.AsNoTracking().OrderBy(p => p.Side).ThenBy(p => p.Name).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PersonRecord>> GetRecordsAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        var until = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Include(p => p.Sources).OrderBy(p => p.Side).ThenBy(p => p.Role).ThenBy(p => p.Name)
            .ToListAsync(cancellationToken);
        var talks = await db.Talks.AsNoTracking().Include(t => t.Participants).Include(t => t.Sources).AsSplitQuery()
            .Where(t => t.FirstDay <= until).OrderBy(t => t.FirstDay).ToListAsync(cancellationToken);
        var statements = await db.Statements.AsNoTracking().Include(s => s.Sources)
            .Where(s => s.PersonId != null && s.SaidOn <= until).OrderBy(s => s.SaidOn).ToListAsync(cancellationToken);
        SourceCut.Apply(asOf, people);
        SourceCut.Apply(asOf, talks);
        SourceCut.Apply(asOf, statements);

        return
        [
            .. people.Select(p => new PersonRecord(
                p,
                [.. talks.Where(t => t.Participants.Any(x => x.Id == p.Id))],
                [.. statements.Where(s => s.PersonId == p.Id)])),
        ];
    }
}
