using TradeTalks.Sources;
using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;
using TradeTalks.Time;

namespace TradeTalks.Claims;

public sealed class ClaimService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    /// <summary>Claims reported by a day, newest first.</summary>
    public async Task<IReadOnlyList<Claim>> GetAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        var until = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var claims = await db.Claims.AsNoTracking().Include(c => c.Person).Include(c => c.Sources)
            .Where(c => c.ReportedOn <= until)
            .OrderByDescending(c => c.ReportedOn).ThenBy(c => c.Accuser).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        SourceCut.Apply(asOf, claims);
        return claims;
    }
}
