using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;
using TradeTalks.Time;

namespace TradeTalks.Statements;

public sealed class StatementService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    /// <summary>Statements made by the as-of day, newest first.</summary>
    public async Task<IReadOnlyList<Statement>> GetAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var statements = await db.Statements.AsNoTracking().Include(s => s.Person).Include(s => s.Sources)
            .Where(s => s.SaidOn <= asOf.Day)
            .OrderByDescending(s => s.SaidOn).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        SourceCut.Apply(asOf, statements);
        return statements;
    }
}
