using Microsoft.Extensions.Time.Testing;
using TradeTalks.Timeline;

namespace TradeTalks.Tests.Timeline;

/// <summary>The timeline's remembered totals give way to a write, even one that lands while a total is being counted.</summary>
public sealed class TimelineCountMemoTests
{
    private readonly TimelineCountMemo _memo = new(new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task ATotalCountedBeforeAWriteThatLandedMeanwhileIsNotKept()
    {
        var writes = _memo.Writes;
        // The write (here, or noticed from elsewhere) comes while the count's query runs, and clears the memo.
        await _memo.StoreWrittenAsync();
        _memo.Remember("talks", 12, writes);

        Assert.False(_memo.TryGet("talks", out _));
    }

    [Fact]
    public void ATotalCountedWithNoWriteMeanwhileIsKept()
    {
        _memo.Remember("talks", 12, _memo.Writes);

        Assert.True(_memo.TryGet("talks", out var count));
        Assert.Equal(12, count);
    }
}
