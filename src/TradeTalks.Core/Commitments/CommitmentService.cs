using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;
using TradeTalks.Time;

namespace TradeTalks.Commitments;

/// <summary>A commitment as known on a day: its progress reports up to then.</summary>
public sealed record CommitmentView(Commitment Commitment, IReadOnlyList<CommitmentProgress> Progress);

public sealed class CommitmentService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    /// <summary>The commitments known by a day, newest first, each with the progress reported by then.</summary>
    public async Task<IReadOnlyList<CommitmentView>> GetAsync(AsOf asOf, CancellationToken cancellationToken = default) =>
        (await GetPageAsync(asOf, 1, int.MaxValue, cancellationToken)).Items;

    /// <summary>One page of <see cref="GetAsync"/>.</summary>
    public async Task<Paged<CommitmentView>> GetPageAsync(AsOf asOf, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var until = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var known = db.Commitments.Where(c => (c.ReportedOn ?? c.MadeOn) <= until);
        var total = await known.CountAsync(cancellationToken);
        page = Paged<CommitmentView>.Clamp(page, total, pageSize);
        var commitments = await known.AsNoTracking()
            .OrderByDescending(c => c.MadeOn).ThenBy(c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Include(c => c.Talk)
            .Include(c => c.Sources)
            .Include(c => c.Progress).ThenInclude(p => p.Sources)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        SourceCut.Apply(asOf, commitments);
        SourceCut.Apply(asOf, commitments.SelectMany(c => c.Progress));
        return new Paged<CommitmentView>(
            [
                .. commitments
                    .OrderByDescending(c => c.MadeOn).ThenBy(c => c.Id)
                    .Select(c => new CommitmentView(c, [.. c.Progress.Where(p => p.On <= until).OrderBy(p => p.On)])),
            ],
            total, page, pageSize);
    }
}
