using TradeTalks.Published;
using TradeTalks.Store;
using TradeTalks.Talks;
using TradeTalks.Tests.Support;
using TradeTalks.Time;

namespace TradeTalks.Tests.Published;

/// <summary>A past version served by the app's own services from a private copy of the store.</summary>
public sealed class PublishedStoresTests
{
    [Fact]
    public async Task TheServicesReadThePastVersionInsideItsUseAndTheLiveStoreOutsideIt()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var seeded = (await database.Get<PublishedVersions>().LatestAsync())!;
        var editor = database.NewEditor();
        var original = (await editor.FindAsync("talks", "london-2025-06"))!;
        var edited = original.DeepClone().AsObject();
        edited["place"] = "Lancaster House";
        await editor.SaveAsync("talks", original, edited, "ed@example.org");
        var talks = database.Get<TalkService>();
        var asOf = AsOf.Now(database.Time);

        var store = await database.Get<PublishedStores>().OpenAsync(seeded);
        string pastPlace;
        long? pastVersion;
        using (store.Use())
        {
            pastPlace = (await talks.FindAsync("london-2025-06", asOf))!.Place;
            pastVersion = (await database.Get<FreshnessService>().GetAsync(asOf)).Version;
        }

        Assert.Equal(original["place"]!.GetValue<string>(), pastPlace);
        Assert.Equal(seeded.Number, pastVersion);
        Assert.Equal("Lancaster House", (await talks.FindAsync("london-2025-06", asOf))!.Place);
        Assert.Equal(seeded.Number + 1, (await database.Get<FreshnessService>().GetAsync(asOf)).Version);
    }

    [Fact]
    public async Task AVersionAskedForAgainIsServedFromTheStoreBuiltTheFirstTimeAndOnlyAFewAreKept()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var stores = new PublishedStores(database.Get<LiveStore>(), database.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<PublishedStores>.Instance) { Capacity = 1 };
        var seeded = (await database.Get<PublishedVersions>().LatestAsync())!;

        var first = await stores.OpenAsync(seeded);
        Assert.Same(first, await stores.OpenAsync(seeded));

        var other = await stores.OpenAsync(seeded with { Number = seeded.Number + 1 });
        Assert.Throws<ObjectDisposedException>(() => first.Use());
        using (other.Use())
        {
            Assert.NotEmpty(await database.Get<TalkService>().GetAsync(AsOf.Now(database.Time)));
        }

        Assert.NotSame(first, await stores.OpenAsync(seeded));
    }
}
