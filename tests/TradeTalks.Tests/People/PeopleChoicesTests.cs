using TradeTalks.People;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.People;

/// <summary>A person filter lists everyone only while they fit in a list, and finds the person a key names either way.</summary>
public sealed class PeopleChoicesTests
{
    [Fact]
    public async Task EveryoneIsListedInSideAndNameOrderWhenExactlyAListFits()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var service = new PeopleService(database.Factory);
        var everyone = await service.GetAllAsync();

        var choices = await service.GetChoicesAsync(null, everyone.Count);

        Assert.Equal(everyone.Select(p => p.Key), choices.Listed!.Select(p => p.Key));
        Assert.Null(choices.Chosen);
    }

    [Fact]
    public async Task OneMorePersonThanAListHoldsListsNoOneButStillFindsAKeyOutsideTheFirstPeople()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var service = new PeopleService(database.Factory);
        var everyone = await service.GetAllAsync();
        var last = everyone[^1];

        var choices = await service.GetChoicesAsync(last.Key, everyone.Count - 1);

        Assert.Null(choices.Listed);
        Assert.Equal(last.Key, choices.Chosen?.Key);
    }

    [Fact]
    public async Task AKeyThatNamesNoOneChoosesNoOne()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var service = new PeopleService(database.Factory);

        Assert.Null((await service.GetChoicesAsync("no-such-person", 1)).Chosen);
        Assert.Null((await service.GetChoicesAsync("no-such-person", 10_000)).Chosen);
    }
}
