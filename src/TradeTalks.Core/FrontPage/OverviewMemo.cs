using TradeTalks.DataSets;

namespace TradeTalks.FrontPage;

/// <summary>
/// Remembers the overview's figures between writes, so that the dashboard's front page does not ask the store five
/// questions on every request. Figures for a date (read for the end of that day) hold until the store is written.
/// Figures for now hold from the instant they were read up to the next instant at which one of them turns (the next
/// day in US Eastern time, or the next recorded tariff change; see <see cref="OverviewService.NextTurn"/>). A write
/// forgets everything (the write path, or the watcher of another instance's writes, tells it), and nothing is kept
/// longer than a minute. Requests that miss at the same time share one load.
/// </summary>
public sealed class OverviewMemo(TimeProvider time) : IStoreWriteObserver
{
    /// <summary>Dates remembered besides now: the most recently asked for.</summary>
    private const int Capacity = 32;

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly Lock _lock = new();
    private readonly LinkedList<Entry> _entries = new();
    // Loads under way, by date; now is DateOnly.MinValue, which no as-of date can be.
    private readonly Dictionary<DateOnly, (Task<Loaded> Task, DateTimeOffset From)> _loading = [];
    private long _writes;

    /// <summary>What a load found, and up to when it holds (null: until the next write).</summary>
    public sealed record Loaded(OverviewFigures Figures, DateTimeOffset? Until);

    /// <summary>
    /// The figures for the as-of <paramref name="date"/> (null: now) at <paramref name="at"/>: remembered ones that
    /// still hold, or those of <paramref name="load"/>, which runs once for all requests that miss meanwhile.
    /// </summary>
    public Task<OverviewFigures> GetAsync(DateOnly? date, DateTimeOffset at, Func<Task<Loaded>> load, CancellationToken cancellationToken) =>
        GetAsync(date, at, load, cancellationToken, joinAgain: true);

    private async Task<OverviewFigures> GetAsync(DateOnly? date, DateTimeOffset at, Func<Task<Loaded>> load, CancellationToken cancellationToken, bool joinAgain)
    {
        (Task<Loaded> Task, DateTimeOffset From) loading;
        lock (_lock)
        {
            if (Find(date, at) is { } entry)
            {
                return entry.Figures;
            }

            if (!_loading.TryGetValue(date ?? DateOnly.MinValue, out loading))
            {
                var done = new TaskCompletionSource<Loaded>(TaskCreationOptions.RunContinuationsAsynchronously);
                loading = (done.Task, at);
                _loading[date ?? DateOnly.MinValue] = loading;
                // Not cancelled with the request that started it: the others wait for the same load.
                var writesBefore = _writes;
                _ = Task.Run(() => LoadAsync(date, at, load, done, writesBefore), CancellationToken.None);
            }
        }

        var loaded = await loading.Task.WaitAsync(cancellationToken);
        if (at < loading.From || loaded.Until is { } until && at >= until)
        {
            // A load for an instant whose figures may differ from this one's (a turn lies between them) is no answer
            // here. Asking again shares the load the others who came at the turn start; a second miss loads alone.
            return joinAgain
                ? await GetAsync(date, at, load, cancellationToken, joinAgain: false)
                : (await load().WaitAsync(cancellationToken)).Figures;
        }

        return loaded.Figures;
    }

    /// <summary>Runs a load; keeps what it found (before anyone waiting is given it) unless a write landed meanwhile.</summary>
    private async Task LoadAsync(DateOnly? date, DateTimeOffset at, Func<Task<Loaded>> load, TaskCompletionSource<Loaded> done, long writesBefore)
    {
        Loaded loaded;
        try
        {
            loaded = await load();
        }
        catch (Exception exception)
        {
            lock (_lock)
            {
                Forget(date, done.Task);
            }

            done.SetException(exception);
            return;
        }

        lock (_lock)
        {
            Forget(date, done.Task);
            // One read before a write that landed meanwhile is not kept: it would outlive the write.
            if (writesBefore == _writes)
            {
                _entries.AddFirst(new Entry(date, at, loaded.Until, loaded.Figures, time.GetUtcNow() + Lifetime));
                while (_entries.Count > Capacity + 1)
                {
                    _entries.RemoveLast();
                }
            }
        }

        done.SetResult(loaded);
    }

    private void Forget(DateOnly? date, Task<Loaded> load)
    {
        if (_loading.TryGetValue(date ?? DateOnly.MinValue, out var current) && current.Task == load)
        {
            _loading.Remove(date ?? DateOnly.MinValue);
        }
    }

    private Entry? Find(DateOnly? date, DateTimeOffset at)
    {
        var now = time.GetUtcNow();
        for (var node = _entries.First; node is not null; node = node.Next)
        {
            var entry = node.Value;
            // Figures for now cover every instant in their span; those for a date, the instant they were read for (the
            // end of that day, as pages ask): an instant earlier in the day may come before one of its changes.
            var covers = date is null ? entry.From <= at && (entry.Until is not { } until || at < until) : entry.From == at;
            if (entry.Date == date && entry.Expires > now && covers)
            {
                if (node != _entries.First)
                {
                    _entries.Remove(node);
                    _entries.AddFirst(node);
                }

                return entry;
            }
        }

        return null;
    }

    public Task StoreWrittenAsync()
    {
        lock (_lock)
        {
            _writes++;
            _entries.Clear();
            // Requests from now on do not join a load that began before the write.
            _loading.Clear();
        }

        return Task.CompletedTask;
    }

    private sealed record Entry(DateOnly? Date, DateTimeOffset From, DateTimeOffset? Until, OverviewFigures Figures, DateTimeOffset Expires);
}
