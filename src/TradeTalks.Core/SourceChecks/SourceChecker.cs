using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TradeTalks.Store;

namespace TradeTalks.SourceChecks;

/// <summary>The checks of one run, in the order of the sources' keys, and how many sources had no address to check.</summary>
public sealed record SourceCheckRun(IReadOnlyList<SourceCheck> Checks, int WithoutAddress);

/// <summary>A source as the editors' page of checks lists it.</summary>
public sealed record CheckedSource(string Key, string Title, string? Url, SourceCheck? Latest);

/// <summary>
/// Checks sources' addresses and keeps each result in the store: whether the document is still there, has moved,
/// is gone, or changed since the last check of the same address.
/// </summary>
public sealed class SourceChecker(
    IDbContextFactory<TradeTalksDbContext> contextFactory, SourceFetcher fetcher, TimeProvider time, ILogger<SourceChecker> logger)
{
    // A few sites at once: a check of every source should not take a timeout per source, nor open many connections.
    private const int AtOnce = 4;

    /// <summary>
    /// Checks every source with an address, or only the one keyed <paramref name="sourceKey"/>, and returns the results
    /// in the order of the sources' keys; null when no source has that key.
    /// </summary>
    public async Task<SourceCheckRun?> CheckAsync(string? sourceKey, CancellationToken cancellationToken)
    {
        List<(string Key, string Url)> sources;
        int withoutAddress;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (sourceKey is not null && !await db.Sources.AnyAsync(s => s.Key == sourceKey, cancellationToken))
            {
                return null;
            }

            sources = [.. (await db.Sources.AsNoTracking()
                    .Where(s => s.Url != null && s.Url != "" && (sourceKey == null || s.Key == sourceKey))
                    .Select(s => new { s.Key, s.Url })
                    .ToListAsync(cancellationToken))
                .Select(s => (s.Key, s.Url!)).OrderBy(s => s.Key, StringComparer.Ordinal)];
            withoutAddress = await db.Sources.CountAsync(s => (s.Url == null || s.Url == "") && (sourceKey == null || s.Key == sourceKey), cancellationToken);
        }

        var results = new SourceCheck[sources.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, sources.Count),
            new ParallelOptions { MaxDegreeOfParallelism = AtOnce, CancellationToken = cancellationToken },
            async (i, token) => results[i] = await CheckOneAsync(sources[i].Key, sources[i].Url, token));
        logger.LogInformation("Checked {Count} source addresses: {Outcomes}", results.Length,
            string.Join(", ", results.GroupBy(r => r.Outcome).Select(g => $"{g.Count()} {g.Key}")));
        return new SourceCheckRun(results, withoutAddress);
    }

    /// <summary>Each source's latest check, by source key.</summary>
    public async Task<IReadOnlyDictionary<string, SourceCheck>> LatestAsync(IReadOnlyCollection<string>? sourceKeys, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var checks = db.SourceChecks.AsNoTracking().Where(c => !db.SourceChecks.Any(later => later.SourceKey == c.SourceKey && later.Id > c.Id));
        if (sourceKeys is not null)
        {
            checks = checks.Where(c => sourceKeys.Contains(c.SourceKey));
        }

        return (await checks.ToListAsync(cancellationToken)).ToDictionary(c => c.SourceKey, StringComparer.Ordinal);
    }

    /// <summary>Every source, with its address and latest check (if any), for the editors' desk.</summary>
    public async Task<IReadOnlyList<CheckedSource>> SourcesWithLatestAsync(CancellationToken cancellationToken = default)
    {
        List<CheckedSource> sources;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            sources = await db.Sources.AsNoTracking().Select(s => new CheckedSource(s.Key, s.Title, s.Url, null)).ToListAsync(cancellationToken);
        }

        var latest = await LatestAsync(null, cancellationToken);
        return [.. sources.Select(s => s with { Url = string.IsNullOrWhiteSpace(s.Url) ? null : s.Url, Latest = latest.GetValueOrDefault(s.Key) })];
    }

    private async Task<SourceCheck> CheckOneAsync(string key, string url, CancellationToken cancellationToken)
    {
        var fetch = await fetcher.FetchAsync(url, keepBody: false, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var previous = await db.SourceChecks.AsNoTracking()
            .Where(c => c.SourceKey == key && c.Address == url && c.Sha256 != null)
            .OrderByDescending(c => c.Id).Select(c => c.Sha256).FirstOrDefaultAsync(cancellationToken);
        var check = Judge(key, fetch, previous, time.GetUtcNow());
        db.SourceChecks.Add(check);
        await db.SaveChangesAsync(cancellationToken);
        return check;
    }

    /// <summary>What a fetch means for a source, given the hash its address gave last time.</summary>
    public static SourceCheck Judge(string sourceKey, SourceFetch fetch, string? previousSha256, DateTimeOffset at)
    {
        var check = new SourceCheck
        {
            SourceKey = sourceKey, CheckedAt = at, Address = fetch.Address, FinalAddress = fetch.FinalAddress, StatusCode = fetch.StatusCode,
            ContentType = fetch.ContentType, Sha256 = fetch.Sha256,
        };
        (check.Outcome, check.Message) = fetch switch
        {
            { Problem: { } problem } => (SourceCheckOutcome.Unreachable, problem),
            { StatusCode: 404 or 410 } => (SourceCheckOutcome.Gone, $"The address answers {Status(fetch.StatusCode)}: the document is gone."),
            { StatusCode: < 200 or >= 300 } => (SourceCheckOutcome.Unreachable, $"The address answers {Status(fetch.StatusCode)}."),
            _ when IsAnotherDocument(fetch.Address, fetch.FinalAddress) => (SourceCheckOutcome.Moved, $"The address now leads to {fetch.FinalAddress}."),
            _ when previousSha256 is not null && previousSha256 != fetch.Sha256 => (SourceCheckOutcome.Changed, "The document differs from the last check of this address."),
            _ => (SourceCheckOutcome.Reachable, null),
        };
        return check;
    }

    /// <summary>
    /// Whether a redirect led to another document: another host or path. A move to https, or a trailing slash, is the
    /// same document.
    /// </summary>
    private static bool IsAnotherDocument(string address, string? final)
    {
        if (final is null || !Uri.TryCreate(address, UriKind.Absolute, out var from) || !Uri.TryCreate(final, UriKind.Absolute, out var to))
        {
            return false;
        }

        return !string.Equals(from.IdnHost, to.IdnHost, StringComparison.OrdinalIgnoreCase)
            || from.AbsolutePath.TrimEnd('/') != to.AbsolutePath.TrimEnd('/')
            || from.Query != to.Query;
    }

    private static string Status(int? code) => code is { } c && Enum.IsDefined((System.Net.HttpStatusCode)c)
        ? $"{c} {System.Text.RegularExpressions.Regex.Replace(((System.Net.HttpStatusCode)c).ToString(), "(?<=[a-z])(?=[A-Z])", " ")}"
        : $"{code}";
}
