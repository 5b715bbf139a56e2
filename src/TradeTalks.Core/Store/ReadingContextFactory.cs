using Microsoft.EntityFrameworkCore;
using TradeTalks.Published;

namespace TradeTalks.Store;

/// <summary>
/// The factory every service reads and writes the store through: the live store, or, while a request is served as
/// published at an earlier version (<see cref="PublishedStore.Use"/>), that version's private copy. The services stay
/// as they are and compute every figure the one way they do; only the store under them differs.
/// </summary>
public sealed class ReadingContextFactory(DbContextOptions<TradeTalksDbContext> options) : IDbContextFactory<TradeTalksDbContext>
{
    public TradeTalksDbContext CreateDbContext() => new(PublishedStore.Current?.Options ?? options);
}

/// <summary>
/// The live store whatever a request is being served from: for what must never read a past version's copy (which
/// version a reader asks for, the history of later corrections).
/// </summary>
public sealed class LiveStore(DbContextOptions<TradeTalksDbContext> options)
{
    public Task<TradeTalksDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new TradeTalksDbContext(options));
    }
}
