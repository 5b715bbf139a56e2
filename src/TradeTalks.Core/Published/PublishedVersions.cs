using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;

namespace TradeTalks.Published;

/// <summary>
/// Finds the data version a reader's <c>published</c> or <c>version</c> names, and what was written after it. Reads the
/// live store's history, whichever store the request is being served from. Every answer (the latest version, which every
/// page's "Cite this" pins; the version a permalink names; what was written after it) is remembered until the next
/// write (the write path, or the watcher of another instance's writes, tells it) and a minute at most: without that, a
/// permalink's page made five small reads of the history on every request, which at the benchmark's size took the
/// overview as published past twice the time of the overview now (docs/performance.md, issue 22).
/// </summary>
public sealed class PublishedVersions(LiveStore live, TimeProvider time) : DataSets.IStoreWriteObserver
{
    private const int Capacity = 256;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly Lock _lock = new();
    private readonly Dictionary<object, (object? Answer, DateTimeOffset Expires)> _answers = [];
    private static readonly object Latest = new();
    private long _writes;

    /// <summary>The version in force at the point asked for; null when nothing had been published by then.</summary>
    public Task<DataVersion?> FindAsync(PublishedPoint point, CancellationToken cancellationToken = default) =>
        RememberedAsync(point, async () =>
        {
            await using var db = await live.CreateDbContextAsync(cancellationToken);
            var changeSets = db.ChangeSets.AsNoTracking();
            changeSets = point.Version is { } number ? changeSets.Where(c => c.Id <= number) : changeSets.Where(c => c.At <= point.At);
            var found = await changeSets.OrderByDescending(c => c.Id).Select(c => new { c.Id, c.At }).FirstOrDefaultAsync(cancellationToken);
            return found is null ? null : new DataVersion(found.Id, found.At);
        });

    /// <summary>The newest version; null for a store with no history yet.</summary>
    public Task<DataVersion?> LatestAsync(CancellationToken cancellationToken = default) =>
        RememberedAsync(Latest, async () =>
        {
            await using var db = await live.CreateDbContextAsync(cancellationToken);
            var found = await db.ChangeSets.OrderByDescending(c => c.Id).Select(c => new { c.Id, c.At }).FirstOrDefaultAsync(cancellationToken);
            return found is null ? null : new DataVersion(found.Id, found.At);
        });

    public Task StoreWrittenAsync()
    {
        lock (_lock)
        {
            Interlocked.Increment(ref _writes);
            _answers.Clear();
        }

        return Task.CompletedTask;
    }

    /// <summary>The first version of all; null for a store with no history yet.</summary>
    public async Task<DataVersion?> FirstAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await live.CreateDbContextAsync(cancellationToken);
        var found = await db.ChangeSets.OrderBy(c => c.Id).Select(c => new { c.Id, c.At }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new DataVersion(found.Id, found.At);
    }

    /// <summary>The change sets written after <paramref name="version"/>.</summary>
    public async Task<LaterChanges> AfterAsync(DataVersion version, CancellationToken cancellationToken = default) =>
        (await RememberedAsync<LaterChanges>(version, async () =>
        {
            await using var db = await live.CreateDbContextAsync(cancellationToken);
            var later = db.ChangeSets.Where(c => c.Id > version.Number);
            var count = await later.CountAsync(cancellationToken);
            if (count == 0)
            {
                return new LaterChanges(0, null, null);
            }

            var first = await later.OrderBy(c => c.Id).Select(c => c.At).FirstAsync(cancellationToken);
            var last = await later.OrderByDescending(c => c.Id).Select(c => c.At).FirstAsync(cancellationToken);
            return new LaterChanges(count, first, last);
        }))!;

    /// <summary>
    /// The answer remembered for <paramref name="question"/>, or <paramref name="read"/>'s, kept when no write landed
    /// while it was read (or it would outlive the write).
    /// </summary>
    private async Task<T?> RememberedAsync<T>(object question, Func<Task<T?>> read) where T : class
    {
        long writes;
        lock (_lock)
        {
            if (_answers.TryGetValue(question, out var remembered) && remembered.Expires > time.GetUtcNow())
            {
                return (T?)remembered.Answer;
            }

            writes = Interlocked.Read(ref _writes);
        }

        var answer = await read();
        lock (_lock)
        {
            if (Interlocked.Read(ref _writes) == writes)
            {
                if (_answers.Count >= Capacity)
                {
                    _answers.Clear();
                }

                _answers[question] = (answer, time.GetUtcNow() + Lifetime);
            }
        }

        return answer;
    }
}
