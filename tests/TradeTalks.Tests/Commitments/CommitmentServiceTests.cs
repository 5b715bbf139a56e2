using TradeTalks.Commitments;
using TradeTalks.Tests.Support;
using TradeTalks.Time;

namespace TradeTalks.Tests.Commitments;

public sealed class CommitmentServiceTests
{
    [Fact]
    public async Task ACommitmentCountsFromTheDayItWasFirstReportedAndProgressFromItsOwnDay()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var service = new CommitmentService(database.Factory);

        var dayBefore = await service.GetAsync(AsOf.EndOf(new DateOnly(2026, 6, 2)));
        var afterReport = await service.GetAsync(AsOf.EndOf(new DateOnly(2026, 6, 3)));

        Assert.DoesNotContain(dayBefore, c => c.Commitment.Key == "board-of-trade");
        var board = Assert.Single(afterReport, c => c.Commitment.Key == "board-of-trade");
        Assert.Equal(CommitmentParty.Both, board.Commitment.Party);
        Assert.Null(board.Commitment.Quantity);
        Assert.Single(board.Progress);
    }

    [Fact]
    public async Task ProgressReportedLaterIsNotShownEarlier()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var service = new CommitmentService(database.Factory);

        var before = (await service.GetAsync(AsOf.EndOf(new DateOnly(2025, 11, 5)))).Single(c => c.Commitment.Key == "cn-fentanyl-precursors");
        var after = (await service.GetAsync(AsOf.EndOf(new DateOnly(2025, 11, 10)))).Single(c => c.Commitment.Key == "cn-fentanyl-precursors");

        Assert.Empty(before.Progress);
        Assert.Single(after.Progress);
        Assert.Equal("busan-2025-10-30", after.Commitment.Talk!.Key);
    }
}
