using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;

namespace TradeTalks.SourceChecks;

/// <summary>A kept copy as pages list it: when, its hash, type and size, without its bytes.</summary>
public sealed record KeptCopy(long Id, string SourceKey, DateTimeOffset KeptAt, string Sha256, string? ContentType, long Length);

/// <summary>What keeping a copy did: the copy, or why there is none, in words.</summary>
public sealed record KeepOutcome(KeptCopy? Copy, string Message);

/// <summary>
/// Copies of sources' documents that editors keep in the store (up to Sources:MaxBytes, 10 MB by default), fetched
/// through the same guard as a check.
/// </summary>
public sealed class SourceCopies(IDbContextFactory<TradeTalksDbContext> contextFactory, SourceFetcher fetcher, TimeProvider time)
{
    public async Task<KeepOutcome> KeepAsync(string sourceKey, string keptBy, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var url = await db.Sources.Where(s => s.Key == sourceKey).Select(s => s.Url).FirstOrDefaultAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(url))
        {
            return new KeepOutcome(null, $"The source {sourceKey} has no address, so there is nothing to copy.");
        }

        var fetch = await fetcher.FetchAsync(url, keepBody: true, cancellationToken);
        if (fetch.Problem is { } problem)
        {
            return new KeepOutcome(null, $"No copy was kept: {problem}");
        }

        if (fetch.StatusCode is < 200 or >= 300)
        {
            return new KeepOutcome(null, $"No copy was kept: the address answers {fetch.StatusCode}, not a document.");
        }

        var copy = new SourceCopy
        {
            SourceKey = sourceKey, KeptAt = time.GetUtcNow(), KeptBy = keptBy, Address = url, FinalAddress = fetch.FinalAddress,
            ContentType = fetch.ContentType, Sha256 = fetch.Sha256!, Length = fetch.Body!.LongLength, Content = fetch.Body,
        };
        db.SourceCopies.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        return new KeepOutcome(Summary(copy), string.Create(CultureInfo.InvariantCulture,
            $"A copy was kept: {copy.Length:N0} bytes ({copy.ContentType ?? "type not given"}), SHA-256 {copy.Sha256}."));
    }

    /// <summary>Each source's latest kept copy, by source key.</summary>
    public async Task<IReadOnlyDictionary<string, KeptCopy>> LatestAsync(IReadOnlyCollection<string>? sourceKeys, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var copies = db.SourceCopies.AsNoTracking().Where(c => !db.SourceCopies.Any(later => later.SourceKey == c.SourceKey && later.Id > c.Id));
        if (sourceKeys is not null)
        {
            copies = copies.Where(c => sourceKeys.Contains(c.SourceKey));
        }

        var found = await copies.Select(c => new KeptCopy(c.Id, c.SourceKey, c.KeptAt, c.Sha256, c.ContentType, c.Length)).ToListAsync(cancellationToken);
        return found.ToDictionary(c => c.SourceKey, StringComparer.Ordinal);
    }

    /// <summary>A kept copy with its bytes, for an editor to read.</summary>
    public async Task<SourceCopy?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.SourceCopies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    private static KeptCopy Summary(SourceCopy c) => new(c.Id, c.SourceKey, c.KeptAt, c.Sha256, c.ContentType, c.Length);
}
