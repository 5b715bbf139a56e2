using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TradeTalks.FrontPage;
using TradeTalks.Store;
using TradeTalks.Timeline;

namespace TradeTalks.Published;

/// <summary>
/// The store as it stood at one data version: a private in-memory SQLite database that <see cref="PublishedStores"/>
/// filled from the history, with its own memos (a past version never changes, so what they remember holds). While a
/// request runs inside <see cref="Use"/>, every service reads it instead of the live store (<see cref="ReadingContextFactory"/>).
/// </summary>
public sealed class PublishedStore
{
    private static readonly AsyncLocal<PublishedStore?> Ambient = new();
    private readonly SqliteConnection _keepAlive;
    private readonly Lock _lock = new();
    private int _leases;
    private bool _dropped;

    internal PublishedStore(DataVersion version, SqliteConnection keepAlive, DbContextOptions<TradeTalksDbContext> options, TimeProvider time)
    {
        Version = version;
        _keepAlive = keepAlive;
        Options = options;
        NamedGoods = new NamedGoodsMemo(time);
        TimelineCounts = new TimelineCountMemo(time);
        Overview = new OverviewMemo(time);
    }

    /// <summary>The store the current request reads instead of the live one; null for the live store.</summary>
    public static PublishedStore? Current => Ambient.Value;

    public DataVersion Version { get; }

    internal DbContextOptions<TradeTalksDbContext> Options { get; }

    internal NamedGoodsMemo NamedGoods { get; }

    internal TimelineCountMemo TimelineCounts { get; }

    internal OverviewMemo Overview { get; }

    /// <summary>Serves what runs until the returned lease is disposed from this store. The store stays open meanwhile, even if the cache lets it go.</summary>
    public Lease Use() => Hold().Serve();

    /// <summary>
    /// Keeps the store open until the lease is disposed, without serving from it yet: what an async method hands back
    /// for its caller to <see cref="Lease.Serve"/> (a value set inside an async method is gone when it returns).
    /// </summary>
    public Lease Hold()
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_dropped && _leases == 0, this);
            _leases++;
        }

        return new Lease(this);
    }

    /// <summary>Called by the cache when it lets this version go: the database closes once no request reads it.</summary>
    internal void Drop()
    {
        lock (_lock)
        {
            _dropped = true;
            CloseIfUnused();
        }
    }

    private void Release()
    {
        lock (_lock)
        {
            _leases--;
            CloseIfUnused();
        }
    }

    // An in-memory database lives as long as a connection to it is open: closing the last one frees it.
    private void CloseIfUnused()
    {
        if (_dropped && _leases == 0)
        {
            _keepAlive.Dispose();
        }
    }

    /// <summary>A hold on the store; once served, what runs in the caller's flow reads it, until disposed.</summary>
    public sealed class Lease(PublishedStore store) : IDisposable
    {
        private PublishedStore? _previous;
        private bool _served;
        private int _disposed;

        public Lease Serve()
        {
            _previous = Ambient.Value;
            Ambient.Value = store;
            _served = true;
            return this;
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                if (_served)
                {
                    Ambient.Value = _previous;
                }

                store.Release();
            }
        }
    }
}
