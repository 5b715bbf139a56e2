using TradeTalks.DataSets;

namespace TradeTalks.Tests.DataSets;

/// <summary>After a write every cache is told, even when one of them fails to drop what it keeps.</summary>
public sealed class StoreWriteObserversTests
{
    [Fact]
    public async Task ACacheThatFailsIsReportedAndTheCachesAfterItAreStillTold()
    {
        var before = new Cache();
        var broken = new Cache(fails: true);
        var after = new Cache();
        var reported = new List<(IStoreWriteObserver Observer, Exception Exception)>();

        await new IStoreWriteObserver[] { before, broken, after }.TellAllAsync((observer, exception) => reported.Add((observer, exception)));

        Assert.Equal((1, 1), (before.Told, after.Told));
        var failure = Assert.Single(reported);
        Assert.Same(broken, failure.Observer);
        Assert.Equal("cannot drop", failure.Exception.Message);
    }

    private sealed class Cache(bool fails = false) : IStoreWriteObserver
    {
        public int Told { get; private set; }

        public Task StoreWrittenAsync()
        {
            Told++;
            return fails ? Task.FromException(new InvalidOperationException("cannot drop")) : Task.CompletedTask;
        }
    }
}
