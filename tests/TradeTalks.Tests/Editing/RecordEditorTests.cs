using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TradeTalks.DataSets;
using TradeTalks.Editing;
using TradeTalks.History;
using TradeTalks.Store;
using TradeTalks.Tests.Support;
using TradeTalks.Time;

namespace TradeTalks.Tests.Editing;

/// <summary>The editor's one-record writes: checked like an import, recorded in the history, refused on conflict.</summary>
public sealed class RecordEditorTests
{
    [Fact]
    public async Task SavingAChangedTalkRecordsWhoChangedWhichFieldFromWhatToWhat()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var editor = database.NewEditor();
        var original = (await editor.FindAsync("talks", "london-2025-06"))!;
        var edited = original.DeepClone().AsObject();
        edited["place"] = "Lancaster House";

        await editor.SaveAsync("talks", original, edited, "ed@example.org");

        var versions = await database.NewHistory().ForRecordAsync("talks", "london-2025-06");
        var latest = versions[0];
        Assert.Equal("ed@example.org", latest.ChangeSet.Actor);
        Assert.Equal(ChangeOrigin.Edit, latest.ChangeSet.Origin);
        Assert.Equal(RecordChangeType.Changed, latest.Type);
        var difference = Assert.Single(EntryDiff.Compare(latest.Before, latest.After));
        Assert.Equal(new FieldDifference("place", original["place"]!.GetValue<string>(), "Lancaster House"), difference);
        Assert.Equal("Lancaster House", (await editor.FindAsync("talks", "london-2025-06"))!["place"]!.GetValue<string>());
    }

    [Fact]
    public async Task OpeningARecordReadsThatRecordAloneAndGivesTheEntryTheListShowsWithItsChildren()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var editor = database.NewEditor();
        foreach (var kind in DataSetEntries.Kinds)
        {
            foreach (var listed in await editor.ListAsync(kind))
            {
                var key = DataSetEntries.Key(listed)!;
                using var log = new QueryLog(database.Path);

                var found = await editor.FindAsync(kind, key);

                Assert.True(JsonNode.DeepEquals(listed, found), $"{kind} {key}: {found}");
                Assert.Contains(log.Commands, command => command.Contains("\"Key\" = @", StringComparison.Ordinal));
            }
        }

        Assert.Null(await editor.FindAsync("talks", "no-such-talk"));
    }

    [Fact]
    public async Task ASaveAndADeleteEachMoveTheFreshnessLineToTheirTime()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var editor = database.NewEditor();
        var freshness = new FreshnessService(database.Factory);
        var original = (await editor.FindAsync("claims", (await editor.ListAsync("claims"))[0]["key"]!.GetValue<string>()))!;
        var edited = original.DeepClone().AsObject();
        edited["summary"] = "An edited summary.";

        database.Time.Advance(TimeSpan.FromHours(1));
        await editor.SaveAsync("claims", original, edited, "ed@example.org");
        Assert.Equal(database.Time.GetUtcNow(), (await freshness.GetAsync(AsOf.EndOf(new DateOnly(2099, 1, 1)))).LastEdit);

        database.Time.Advance(TimeSpan.FromHours(1));
        await editor.DeleteAsync("claims", (await editor.FindAsync("claims", DataSetEntries.Key(original)!))!, "ed@example.org");
        Assert.Equal(database.Time.GetUtcNow(), (await freshness.GetAsync(AsOf.EndOf(new DateOnly(2099, 1, 1)))).LastEdit);
    }

    [Fact]
    public async Task ASaveOverARecordChangedSinceItWasOpenedIsRefusedWithWhatTheOtherEditorChangedAndKeepsIt()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var editor = database.NewEditor();
        var opened = (await editor.FindAsync("talks", "london-2025-06"))!;
        var first = opened.DeepClone().AsObject();
        first["place"] = "First editor's place";
        await editor.SaveAsync("talks", opened, first, "first@example.org");

        var second = opened.DeepClone().AsObject();
        second["outcome"] = "Second editor's outcome";
        var conflict = await Assert.ThrowsAsync<EditConflictException>(() => editor.SaveAsync("talks", opened, second, "second@example.org"));

        Assert.Equal("first@example.org", conflict.Actor);
        Assert.False(conflict.Removed);
        Assert.Contains(conflict.Changes, c => c.Field == "place" && c.After == "First editor's place");
        var stored = (await editor.FindAsync("talks", "london-2025-06"))!;
        Assert.Equal("First editor's place", stored["place"]!.GetValue<string>());
        Assert.NotEqual("Second editor's outcome", stored["outcome"]?.GetValue<string>());
    }

    [Fact]
    public async Task AnEntryThatBreaksTheSchemaIsRefusedWithEachProblemAtItsField()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var editor = database.NewEditor();
        var original = (await editor.FindAsync("tariffLayers", "us-reciprocal"))!;
        var edited = original.DeepClone().AsObject();
        edited.Remove("name");
        edited["changes"]![1]!["rate"] = 2000;
        edited["changes"]![2]!["effectiveOn"] = "1066-10-14";

        var refused = await Assert.ThrowsAsync<EditRefusedException>(() => editor.SaveAsync("tariffLayers", original, edited, "ed@example.org"));

        Assert.Equal(["changes[1].rate", "changes[2].effectiveOn", "name"], refused.Problems.ByField.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("1900", refused.Problems.ByField["changes[2].effectiveOn"][0], StringComparison.Ordinal);
        Assert.Equal(original.ToJsonString(), (await editor.FindAsync("tariffLayers", "us-reciprocal"))!.ToJsonString());
    }

    [Fact]
    public async Task AnEntryThatBreaksTheRulesBetweenRecordsIsRefusedAtTheFieldsConcerned()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var editor = database.NewEditor();
        var original = (await editor.FindAsync("tariffLayers", "us-reciprocal"))!;
        var edited = original.DeepClone().AsObject();
        edited["changes"]!.AsArray().Add(new JsonObject
        {
            ["key"] = "us-reciprocal-late",
            ["rate"] = 20,
            ["effectiveOn"] = "2025-01-01",
            ["cause"] = "An out-of-order change",
            ["sources"] = new JsonArray("no-such-source"),
        });

        var refused = await Assert.ThrowsAsync<EditRefusedException>(() => editor.SaveAsync("tariffLayers", original, edited, "ed@example.org"));

        var fields = refused.Problems.ByField.Keys.ToList();
        Assert.Contains(fields, k => k.StartsWith("changes[5].sources", StringComparison.Ordinal));
        Assert.Contains(fields, k => k.StartsWith("changes[5].effective", StringComparison.Ordinal));
        Assert.Equal(original.ToJsonString(), (await editor.FindAsync("tariffLayers", "us-reciprocal"))!.ToJsonString());
    }

    [Fact]
    public async Task ASourceAddressThatIsNotAWebAddressIsRefused()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var editor = database.NewEditor();
        var original = (await editor.FindAsync("sources", "article-london-2025-06"))!;
        var edited = original.DeepClone().AsObject();
        edited["url"] = "javascript:alert(document.cookie)";

        var refused = await Assert.ThrowsAsync<EditRefusedException>(() => editor.SaveAsync("sources", original, edited, "ed@example.org"));

        Assert.Contains("http", refused.Problems.ByField["url"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheKeyNewIsRefusedBecauseItIsTheAddressOfTheNewRecordForm()
    {
        await using var database = await TestDatabase.CreateSeededAsync();

        var problems = await database.NewEditor().CheckAsync("talks", null, new System.Text.Json.Nodes.JsonObject { ["key"] = "new" });

        Assert.Contains("choose another key", problems.ByField["key"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCheckWithoutWritingFindsTheSameProblemsAsTheSave()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var editor = database.NewEditor();
        var entry = new JsonObject { ["key"] = "london-2025-06", ["title"] = "" };

        var problems = await editor.CheckAsync("talks", null, entry);

        Assert.Equal(["key"], problems.ByField.Keys.Where(k => k == "key"));
        Assert.Contains("another record already has the key", problems.ByField["key"][0], StringComparison.Ordinal);
        var fresh = await editor.CheckAsync("talks", null, new JsonObject { ["key"] = "a-new-talk", ["title"] = "" });
        Assert.Contains("title", fresh.ByField.Keys);
        Assert.Contains("sources", fresh.ByField.Keys);
        Assert.Contains("firstDay", fresh.ByField.Keys);
    }

    [Fact]
    public async Task DeletingASourceThatRecordsStillCiteIsRefusedNamingThem()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var editor = database.NewEditor();
        var source = (await editor.FindAsync("sources", "article-london-2025-06"))!;

        var refused = await Assert.ThrowsAsync<EditRefusedException>(() => editor.DeleteAsync("sources", source, "ed@example.org"));

        Assert.Contains(refused.Problems.Others, p => p.StartsWith("talks \"london-2025-06\" sources", StringComparison.Ordinal));
        Assert.NotNull(await editor.FindAsync("sources", "article-london-2025-06"));
    }

    [Fact]
    public async Task ADeletedRecordStaysDeletedAcrossTheSeedAndIsBroughtBackFromItsHistory()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var editor = database.NewEditor();
        var development = (await editor.ListAsync("developments"))[0];
        var key = DataSetEntries.Key(development)!;

        await editor.DeleteAsync("developments", development, "ed@example.org");
        await database.NewSeeder().SeedAsync();

        Assert.Null(await editor.FindAsync("developments", key));
        var history = database.NewHistory();
        var deleted = Assert.Single(await history.DeletedAsync("developments"));
        Assert.Equal(key, deleted.Key);

        await editor.RestoreAsync(deleted.Id, before: true, current: null, "admin@example.org");

        Assert.Equal(development.ToJsonString(), (await editor.FindAsync("developments", key))!.ToJsonString());
        Assert.Empty(await history.DeletedAsync("developments"));
        var restored = (await history.ForRecordAsync("developments", key))[0];
        Assert.Equal(ChangeOrigin.Restore, restored.ChangeSet.Origin);
        Assert.Equal(RecordChangeType.Added, restored.Type);
    }

    [Fact]
    public async Task RestoringTheStateBeforeAChangeBringsTheOldValueBackAsANewRecordedChangeUnlessTheRecordChangedMeanwhile()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var editor = database.NewEditor();
        var original = (await editor.FindAsync("measures", (await editor.ListAsync("measures"))[0]["key"]!.GetValue<string>()))!;
        var key = DataSetEntries.Key(original)!;
        var edited = original.DeepClone().AsObject();
        edited["title"] = "A wrong title";
        await editor.SaveAsync("measures", original, edited, "ed@example.org");
        var change = (await database.NewHistory().ForRecordAsync("measures", key))[0];

        var stale = await editor.FindAsync("measures", key);
        var other = stale!.DeepClone().AsObject();
        other["covers"] = "Someone else's later edit";
        await editor.SaveAsync("measures", stale, other, "other@example.org");
        var refused = await Assert.ThrowsAsync<EditConflictException>(() => editor.RestoreAsync(change.Id, before: true, stale, "ed@example.org"));
        Assert.Equal("other@example.org", refused.Actor);

        await editor.RestoreAsync(change.Id, before: true, await editor.FindAsync("measures", key), "ed@example.org");

        Assert.Equal(original.ToJsonString(), (await editor.FindAsync("measures", key))!.ToJsonString());
        var versions = await database.NewHistory().ForRecordAsync("measures", key);
        Assert.Equal([ChangeOrigin.Restore, ChangeOrigin.Edit, ChangeOrigin.Edit, ChangeOrigin.Seed], versions.Select(v => v.ChangeSet.Origin));
    }

    [Fact]
    public async Task SavingAnUnchangedRecordWritesNothing()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var editor = database.NewEditor();
        var original = (await editor.FindAsync("people", (await editor.ListAsync("people"))[0]["key"]!.GetValue<string>()))!;

        var refused = await Assert.ThrowsAsync<EditRefusedException>(() => editor.SaveAsync("people", original, original.DeepClone().AsObject(), "ed@example.org"));

        Assert.True(refused.NothingChanged);
        await using var db = database.NewContext();
        Assert.Equal(1, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task AnImportIsOneChangeSetWithItsCountsAndHashAndAVersionPerRecordItChanged()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var file = DataSetFiles.Read(DataSetFiles.With(d =>
        {
            d["talks"]![0]!["place"] = "Somewhere new";
            d["tariffLayers"]![1]!["changes"]![0]!["cause"] = "A changed cause";
        }));

        var report = await database.NewWriter().ApplyAsync(file, WriteMode.Upsert, author: new WriteAuthor("cli", ChangeOrigin.Import, "file.json", new string('a', 64)));

        await using var db = database.NewContext();
        var set = await db.ChangeSets.Include(s => s.Records).SingleAsync(s => s.Id == report.ChangeSetId);
        Assert.Equal((0, 2, 0), (set.Added, set.Changed, set.Removed));
        Assert.Equal(("cli", "file.json", new string('a', 64)), (set.Actor, set.FileName, set.FileHash));
        Assert.Equal(["talks", "tariffLayers"], set.Records.Select(r => r.Kind).Order());
        var layer = set.Records.Single(r => r.Kind == "tariffLayers");
        Assert.Contains(EntryDiff.Compare(layer.Before, layer.After), d => d.Field.EndsWith("].cause", StringComparison.Ordinal) && d.After == "A changed cause");
    }

    [Fact]
    public async Task TheBundledDataSetIsTheFirstEntryOfEveryRecordsHistory()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.NewContext();

        var set = await db.ChangeSets.Include(s => s.Records).SingleAsync();

        Assert.Equal((ChangeOrigin.Seed, "bundled data set"), (set.Origin, set.Actor));
        Assert.Equal(await db.Talks.CountAsync(), set.Records.Count(r => r.Kind == "talks"));
        Assert.All(set.Records, r => Assert.Equal(RecordChangeType.Added, r.Type));
    }

    [Fact]
    public async Task AChildIsFoundInsideItsParentsForm()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var editor = database.NewEditor();

        Assert.Equal(("tariffLayers", "us-reciprocal", "changes"), await editor.LocateAsync(["tariffChanges"], "us-reciprocal-2025-04-10"));
        Assert.Equal(("talks", "london-2025-06", (string?)null), await editor.LocateAsync(["talks"], "london-2025-06"));
        Assert.Null(await editor.LocateAsync(["talks"], "no-such-talk"));
    }
}
