namespace TradeTalks.DataSets;

public static class StoreWriteObservers
{
    /// <summary>
    /// Tells every observer that the store was written. One that fails is handed to <paramref name="failed"/> and the
    /// rest are still told: a cache that could not drop what it keeps must neither undo the write nor keep others stale.
    /// </summary>
    public static async Task TellAllAsync(this IEnumerable<IStoreWriteObserver> observers, Action<IStoreWriteObserver, Exception> failed)
    {
        foreach (var observer in observers)
        {
            try
            {
                await observer.StoreWrittenAsync();
            }
            catch (Exception exception)
            {
                failed(observer, exception);
            }
        }
    }
}
