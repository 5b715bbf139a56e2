using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;
using TradeTalks.Time;

namespace TradeTalks.Claims;

public sealed class ClaimService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    /// <summary>Claims reported by a day, newest first.</summary>
    public async Task<IReadOnlyList<Claim>> GetAsync(AsOf asOf, CancellationToken cancellationToken = default) =>
        (await GetPageAsync(asOf, 1, int.MaxValue, cancellationToken)).Items;

    /// <summary>One page of <see cref="GetAsync"/>.</summary>
    public async Task<Paged<Claim>> GetPageAsync(AsOf asOf, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var until = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var reported = db.Claims.Where(c => c.ReportedOn <= until);
        var total = await reported.CountAsync(cancellationToken);
        page = Paged<Claim>.Clamp(page, total, pageSize);
        var claims = await reported.AsNoTracking().Include(c => c.Person).Include(c => c.Sources)
            .OrderByDescending(c => c.ReportedOn).ThenBy(c => c.Accuser).ThenBy(c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        SourceCut.Apply(asOf, claims);
        return new Paged<Claim>(claims, total, page, pageSize);
    }
}
