using System.Collections.Concurrent;
using TradeTalks.DataSets;

namespace TradeTalks.Timeline;

/// <summary>
/// Remembers how many timeline items a set of filters selects. Counting reads every matching row of every table, so a
/// reader paging through a long timeline would pay for it on every page; the number only changes when the store is
/// written (the write path tells this memo to forget) or the as-of day moves (part of the key). An answer is kept a
/// minute at most, so another instance's writes are picked up too.
/// </summary>
public sealed class TimelineCountMemo(TimeProvider time) : IStoreWriteObserver
{
    private const int Capacity = 1000;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset Expires)> _counts = new(StringComparer.Ordinal);
    private long _writes;

    /// <summary>
    /// How many writes it has been told of. A caller reads it before it counts and hands it back to <see cref="Remember"/>:
    /// a count read before a write that lands meanwhile is not kept, or it would outlive the write by up to a minute.
    /// </summary>
    public long Writes => Interlocked.Read(ref _writes);

    public bool TryGet(string key, out int count)
    {
        if (_counts.TryGetValue(key, out var entry) && entry.Expires > time.GetUtcNow())
        {
            count = entry.Count;
            return true;
        }

        count = 0;
        return false;
    }

    public void Remember(string key, int count, long writesBefore)
    {
        if (writesBefore != Writes)
        {
            return;
        }

        if (_counts.Count >= Capacity)
        {
            _counts.Clear();
        }

        _counts[key] = (count, time.GetUtcNow() + Lifetime);
    }

    public Task StoreWrittenAsync()
    {
        // Counted first, so that a count that began before this clear and ends after it is not kept.
        Interlocked.Increment(ref _writes);
        _counts.Clear();
        return Task.CompletedTask;
    }

    /// <summary>The filters that decide the count, as a key.</summary>
    public static string Key(TimelineQuery query, DateOnly to) => string.Join('|',
        string.Join(',', query.Kinds.Select(k => (int)k).Order()), query.Side, query.PersonId, query.From?.ToString("O"), to.ToString("O"), query.Text?.Trim());
}
