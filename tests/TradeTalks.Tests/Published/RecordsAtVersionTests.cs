using System.Text.Json;
using TradeTalks.DataSets;
using TradeTalks.Published;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Published;

/// <summary>The store as published at a version, rebuilt record by record from the history.</summary>
public sealed class RecordsAtVersionTests
{
    private const string Talk = "london-2025-06";

    [Fact]
    public async Task AnEditShowsFromItsVersionOnAndTheVersionBeforeItKeepsTheOldValue()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var editor = database.NewEditor();
        var original = (await editor.FindAsync("talks", Talk))!;
        var seeded = await LatestVersionAsync(database);
        var edited = original.DeepClone().AsObject();
        edited["place"] = "Lancaster House";

        var edit = await editor.SaveAsync("talks", original, edited, "ed@example.org");

        Assert.Equal(original["place"]!.GetValue<string>(), (await TalkAtAsync(database, seeded))!.Place);
        Assert.Equal("Lancaster House", (await TalkAtAsync(database, edit))!.Place);
    }

    [Fact]
    public async Task ARecordRemovedIsAbsentFromItsRemovalOnAndBackAsItWasAfterItsRestore()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var editor = database.NewEditor();
        var claim = (await editor.ListAsync("claims"))[0]["key"]!.GetValue<string>();
        var original = (await editor.FindAsync("claims", claim))!;
        var seeded = await LatestVersionAsync(database);

        var removal = await editor.DeleteAsync("claims", original, "ed@example.org");
        var removed = (await database.NewHistory().ForRecordAsync("claims", claim))[0];
        var restore = await editor.RestoreAsync(removed.Id, before: true, current: null, "ed@example.org");

        Assert.Contains(await ClaimsAtAsync(database, seeded), c => c.Key == claim);
        Assert.DoesNotContain(await ClaimsAtAsync(database, removal), c => c.Key == claim);
        var back = Assert.Single(await ClaimsAtAsync(database, restore), c => c.Key == claim);
        Assert.Equal(original["summary"]!.GetValue<string>(), back.Summary);
    }

    [Fact]
    public async Task ARecordAddedLaterIsAbsentFromEveryEarlierVersion()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var editor = database.NewEditor();
        var seeded = await LatestVersionAsync(database);
        var source = (await editor.ListAsync("sources"))[0].DeepClone().AsObject();
        source["key"] = "a-later-source";
        source["title"] = "A report added after the first version";

        var added = await editor.SaveAsync("sources", null, source, "ed@example.org");

        await using var db = database.NewContext();
        Assert.DoesNotContain((await RecordsAtVersion.ReadAsync(db, seeded)).Sources, s => s.Key == "a-later-source");
        Assert.Contains((await RecordsAtVersion.ReadAsync(db, added)).Sources, s => s.Key == "a-later-source");
        Assert.Empty((await RecordsAtVersion.ReadAsync(db, seeded - 1)).Sources);
    }

    [Fact]
    public async Task TheLatestVersionRebuiltIsTheStoreAsItStands()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var editor = database.NewEditor();
        var original = (await editor.FindAsync("talks", Talk))!;
        var edited = original.DeepClone().AsObject();
        edited["place"] = "Lancaster House";
        var edit = await editor.SaveAsync("talks", original, edited, "ed@example.org");

        await using var db = database.NewContext();
        var rebuilt = await RecordsAtVersion.ReadAsync(db, edit);

        Assert.Equal(Entries(DataSetFiles.Read(await database.ExportAsync())), Entries(rebuilt));
    }

    private static async Task<long> LatestVersionAsync(TestDatabase database) =>
        (await database.Get<PublishedVersions>().LatestAsync())!.Number;

    private static async Task<TalkEntry?> TalkAtAsync(TestDatabase database, long version)
    {
        await using var db = database.NewContext();
        return (await RecordsAtVersion.ReadAsync(db, version)).Talks.SingleOrDefault(t => t.Key == Talk);
    }

    private static async Task<IReadOnlyList<ClaimEntry>> ClaimsAtAsync(TestDatabase database, long version)
    {
        await using var db = database.NewContext();
        return (await RecordsAtVersion.ReadAsync(db, version)).Claims;
    }

    /// <summary>Every top-level entry as its kind and compact JSON, in key order: the records, whatever order a store lists them in.</summary>
    private static List<string> Entries(DataSetDocument document) =>
    [
        .. Kinds.TopLevel.SelectMany(kind => kind.EntriesIn(document)
            .Select(e => $"{kind.Name} {JsonSerializer.Serialize(e.Entry, e.Entry.GetType(), DataSetJson.CompactOptions)}"))
            .Order(StringComparer.Ordinal),
    ];
}
