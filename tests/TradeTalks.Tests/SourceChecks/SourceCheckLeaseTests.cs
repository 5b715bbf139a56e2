using TradeTalks.SourceChecks;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.SourceChecks;

public sealed class SourceCheckLeaseTests : IAsyncLifetime
{
    private static readonly TimeSpan Period = TimeSpan.FromHours(6);
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task OfTwoInstancesOnlyTheFirstToAskChecks()
    {
        var lease = new SourceCheckLease(_database.Factory, _database.Time);

        Assert.True(await lease.TryTakeAsync("instance-a", Period, CancellationToken.None));
        Assert.False(await lease.TryTakeAsync("instance-b", Period, CancellationToken.None));
        Assert.Equal(("instance-a", _database.Time.GetUtcNow() + Period), await lease.HolderAsync());
    }

    [Fact]
    public async Task NobodyChecksAgainUntilThePeriodIsOverNotEvenTheHolder()
    {
        var lease = new SourceCheckLease(_database.Factory, _database.Time);
        await lease.TryTakeAsync("instance-a", Period, CancellationToken.None);

        _database.Time.Advance(Period - TimeSpan.FromMinutes(1));
        var early = (await lease.TryTakeAsync("instance-a", Period, CancellationToken.None), await lease.TryTakeAsync("instance-b", Period, CancellationToken.None));
        _database.Time.Advance(TimeSpan.FromMinutes(1));
        var b = await lease.TryTakeAsync("instance-b", Period, CancellationToken.None);
        var a = await lease.TryTakeAsync("instance-a", Period, CancellationToken.None);

        Assert.Equal((false, false), early);
        Assert.True(b);
        Assert.False(a);
        Assert.Equal("instance-b", (await lease.HolderAsync())?.Holder);
    }

    [Fact]
    public async Task InstancesAskingAtOnceGetOneLeaseBetweenThem()
    {
        var instances = Enumerable.Range(0, 6).Select(i => (Name: $"instance-{i}", Lease: new SourceCheckLease(_database.Factory, _database.Time))).ToList();

        var taken = await Task.WhenAll(instances.Select(i => Task.Run(() => i.Lease.TryTakeAsync(i.Name, Period, CancellationToken.None))));

        Assert.Equal(1, taken.Count(t => t));
    }
}
