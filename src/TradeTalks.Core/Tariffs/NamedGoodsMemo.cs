using TradeTalks.DataSets;

namespace TradeTalks.Tariffs;

/// <summary>
/// Remembers the count of duties on named goods in force, and the pages of them a reader asked for, which take a pass
/// over every named-goods layer to work out (tens of milliseconds at a thousand times today's data, most of it stepping
/// over layers that have ended) but only change when one of those changes takes effect or the store is written. An
/// answer holds for every instant from the latest change at or before the instant it was worked out for, up to the next
/// change after it; a write forgets everything (the write path tells it), and an answer is kept a minute at most, so
/// another instance's writes are picked up too.
/// </summary>
public sealed class NamedGoodsMemo(TimeProvider time) : IStoreWriteObserver
{
    private const int Capacity = 32, PagesPerEntry = 64;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly Lock _lock = new();
    private readonly LinkedList<Entry> _entries = new();
    private long _writes;

    /// <summary>
    /// How many writes it has been told of. A caller reads it before it queries and hands it back when it remembers the
    /// answer: an answer read before a write that lands meanwhile is not kept, or it would outlive the write.
    /// </summary>
    public long Writes => Interlocked.Read(ref _writes);

    public bool TryGet(DateTimeOffset at, out IReadOnlyDictionary<Side, NamedGoodsDuties> namedGoods)
    {
        lock (_lock)
        {
            namedGoods = Find(at)?.NamedGoods!;
            return namedGoods is not null;
        }
    }

    /// <summary>
    /// The changes that set the rates of one page of a side's duties in force at an instant, in the page's order, when
    /// that page was asked for since the counts for the instant were worked out.
    /// </summary>
    public bool TryGetPage(DateTimeOffset at, Side imposer, int page, int pageSize, out IReadOnlyList<int> changeIds)
    {
        lock (_lock)
        {
            changeIds = null!;
            return Find(at) is { } entry && entry.Pages.TryGetValue((imposer, page, pageSize), out changeIds!);
        }
    }

    /// <summary>
    /// Keeps a page beside the counts for the instant; nothing when there are no counts for it (forgotten meanwhile) or
    /// the store was written since <paramref name="writesBefore"/> (<see cref="Writes"/> when the page was read).
    /// </summary>
    public void RememberPage(DateTimeOffset at, Side imposer, int page, int pageSize, IReadOnlyList<int> changeIds, long writesBefore)
    {
        lock (_lock)
        {
            if (writesBefore == _writes && Find(at) is { } entry && entry.Pages.Count < PagesPerEntry)
            {
                entry.Pages[(imposer, page, pageSize)] = [.. changeIds];
            }
        }
    }

    private Entry? Find(DateTimeOffset at)
    {
        var now = time.GetUtcNow();
        for (var node = _entries.First; node is not null; node = node.Next)
        {
            var entry = node.Value;
            if (entry.Expires > now && (entry.From is not { } from || from <= at) && (entry.Until is not { } until || at < until))
            {
                return entry;
            }
        }

        return null;
    }

    /// <param name="from">The latest named-goods change at or before the instant (null: none yet).</param>
    /// <param name="until">The first named-goods change after it (null: none on record).</param>
    /// <param name="writesBefore"><see cref="Writes"/> when the counts were read: a write since then keeps them out.</param>
    public void Remember(DateTimeOffset? from, DateTimeOffset? until, IReadOnlyDictionary<Side, NamedGoodsDuties> namedGoods, long writesBefore)
    {
        lock (_lock)
        {
            if (writesBefore != _writes)
            {
                return;
            }

            _entries.AddFirst(new Entry(from, until, namedGoods, time.GetUtcNow() + Lifetime));
            while (_entries.Count > Capacity)
            {
                _entries.RemoveLast();
            }
        }
    }

    public Task StoreWrittenAsync()
    {
        lock (_lock)
        {
            _writes++;
            _entries.Clear();
        }

        return Task.CompletedTask;
    }

    private sealed record Entry(DateTimeOffset? From, DateTimeOffset? Until, IReadOnlyDictionary<Side, NamedGoodsDuties> NamedGoods, DateTimeOffset Expires)
    {
        public Dictionary<(Side Imposer, int Page, int PageSize), IReadOnlyList<int>> Pages { get; } = [];
    }
}
