using TradeTalks.Sources;
using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;
using TradeTalks.Time;

namespace TradeTalks.Commitments;

/// <summary>A commitment as known on a day: its progress reports up to then.</summary>
public sealed record CommitmentView(Commitment Commitment, IReadOnlyList<CommitmentProgress> Progress);

public sealed class CommitmentService(IDbContextFactory<TradeTalksDbContext> contextFactory)
{
    /// <summary>The commitments known by a day, newest first, each with the progress reported by then.</summary>
    public async Task<IReadOnlyList<CommitmentView>> GetAsync(AsOf asOf, CancellationToken cancellationToken = default)
    {
        var until = asOf.Day;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => (c.ReportedOn ?? c.MadeOn) <= until)
            .Include(c => c.Talk)
            .Include(c => c.Sources)
            .Include(c => c.Progress).ThenInclude(p => p.Sources)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        SourceCut.Apply(asOf, commitments);
        SourceCut.Apply(asOf, commitments.SelectMany(c => c.Progress));
        return
        [
            .. commitments
                .OrderByDescending(c => c.MadeOn).ThenBy(c => c.Id)
                .Select(c => new CommitmentView(c, [.. c.Progress.Where(p => p.On <= until).OrderBy(p => p.On)])),
        ];
    }
}
