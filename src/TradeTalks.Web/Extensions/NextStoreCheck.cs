namespace TradeTalks.Web.Extensions;

/// <summary>
/// When this instance next asks the store for writes made elsewhere (<see cref="StoreChangeWatcher"/>). Until then
/// what it serves changes only by its own writes, which it drops at once; nginx's microcache is told to keep nothing
/// past that moment (<see cref="MicrocacheExpiry"/>, decision 23). Unknown while the watcher is off or not yet running.
/// </summary>
public sealed class NextStoreCheck
{
    private long _unixMilliseconds = long.MinValue;

    public DateTimeOffset? At
    {
        get
        {
            var at = Interlocked.Read(ref _unixMilliseconds);
            return at == long.MinValue ? null : DateTimeOffset.FromUnixTimeMilliseconds(at);
        }
    }

    public void Expect(DateTimeOffset at) => Interlocked.Exchange(ref _unixMilliseconds, at.ToUnixTimeMilliseconds());
}
