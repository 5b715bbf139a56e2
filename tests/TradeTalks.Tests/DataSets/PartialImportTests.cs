using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TradeTalks.DataSets;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.DataSets;

/// <summary>
/// Importing a file that holds part of what the store holds: the write reads only the stored records the file can
/// change or must fit with, and does, reports, refuses and records in the history exactly what an import of the whole
/// file with the same change does.
/// </summary>
public sealed class PartialImportTests
{
    [Fact]
    public async Task AFileOfOneRecordChangesThatRecordAndTheHistoryNamesOnlyIt()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var before = await ExportAsync(database);
        var file = Part(d => d.Record("talks", "london-2025-06")["outcome"] = "A framework, taken home for approval.", "london-2025-06");

        var report = await database.NewWriter().ApplyAsync(DataSetFiles.Read(file), WriteMode.Upsert);

        var change = Assert.Single(report.Changes);
        Assert.Equal(("talks", "london-2025-06", "outcome"), (change.Kind, change.Key, Assert.Single(change.Fields).Field));
        await using var db = database.NewContext();
        var recorded = Assert.Single(await db.RecordVersions.ToListAsync(), v => v.ChangeSetId == report.ChangeSetId);
        Assert.Equal(("talks", "london-2025-06"), (recorded.Kind, recorded.Key));
        Assert.Equal(before.Replace("\"outcome\": \"" + Outcome(before) + "\"", "\"outcome\": \"A framework, taken home for approval.\"", StringComparison.Ordinal),
            await ExportAsync(database));
    }

    [Fact]
    public async Task RenamingAPersonInAFileOfOnlyThatPersonRenamesTheirStoredStatementsAsTheWholeFileDoes() =>
        await AssertSameAsTheWholeFileAsync(d => d.Record("people", "donald-trump")["name"] = "Donald J. Trump", "donald-trump");

    [Fact]
    public async Task MovingATariffChangeToALayerInTheFileTakesItFromTheStoredLayerAsTheWholeFileDoes() =>
        await AssertSameAsTheWholeFileAsync(d =>
        {
            var farm = d.Record("tariffLayers", "cn-farm-10")["changes"]!.AsArray();
            var moved = farm.Single(c => (string?)c!["key"] == "cn-farm-10-2025-11-10")!;
            farm.Remove(moved);
            d.Record("tariffLayers", "us-232-lumber")["changes"]!.AsArray().Add(moved);
        }, "us-232-lumber");

    [Fact]
    public async Task AFileOfNewRecordsImportedTwiceAddsThemOnceAndTheSecondTimeChangesNothing()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var file = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["formatVersion"] = 1,
            ["sources"] = new JsonArray(new JsonObject { ["key"] = "later-report", ["publisher"] = "Reuters", ["title"] = "A later report" }),
            ["developments"] = new JsonArray(new JsonObject
            {
                ["key"] = "later-development", ["side"] = "China", ["on"] = "2026-11-28", ["title"] = "A later development",
                ["summary"] = "Something happened.", ["sources"] = new JsonArray("later-report"),
            }),
        }.ToJsonString());

        var first = await database.NewWriter().ApplyAsync(DataSetFiles.Read(file), WriteMode.Upsert);
        var second = await database.NewWriter().ApplyAsync(DataSetFiles.Read(file), WriteMode.Upsert);

        Assert.Equal(2, first.Total(k => k.Added));
        Assert.Empty(second.Changes);
        Assert.Equal(2, second.Total(k => k.Unchanged));
        await using var db = database.NewContext();
        Assert.Equal(1, await db.Developments.CountAsync(x => x.Key == "later-development"));
    }

    [Fact]
    public async Task AFileCitingASourceOnlyTheStoreHoldsIsRefusedAsBefore()
    {
        var file = Part(d => d.Record("talks", "london-2025-06")["outcome"] = "Changed.", "london-2025-06");
        var withoutItsSources = JsonNode.Parse(file)!.AsObject();
        withoutItsSources.Remove("sources");

        var read = DataSetReader.Read(Encoding.UTF8.GetBytes(withoutItsSources.ToJsonString()));

        Assert.False(read.IsValid);
        Assert.Contains(read.Problems, p => p.Path.StartsWith("$.talks[0].sources[", StringComparison.Ordinal) && p.Message.StartsWith("no source has the key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChangingWhoImposesALayerIsCheckedAgainstTheStoredTruceItemThatSuspendsItAndNothingIsWritten()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var before = await ExportAsync(database);
        var file = Part(d =>
        {
            d.Record("tariffLayers", "us-reciprocal")["imposer"] = "China";
            d.Record("tariffLayers", "us-reciprocal")["target"] = "UnitedStates";
        }, "us-reciprocal");

        var rehearsal = await Assert.ThrowsAsync<InvalidDataSetException>(() => database.NewWriter().ApplyAsync(DataSetFiles.Read(file), WriteMode.Upsert, dryRun: true));
        var refused = await Assert.ThrowsAsync<InvalidDataSetException>(() => database.NewWriter().ApplyAsync(DataSetFiles.Read(file), WriteMode.Upsert));

        foreach (var problems in new[] { rehearsal.Problems, refused.Problems })
        {
            var problem = Assert.Single(problems);
            Assert.Equal("$.truceWindows[0].items[0].side", problem.Path);
            Assert.Contains("together with the records already stored", problem.Message, StringComparison.Ordinal);
            Assert.Contains("belongs to China", problem.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await ExportAsync(database));
        await using var db = database.NewContext();
        Assert.Equal(1, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task ATruceExtensionInAFileOfOnlyThatTruceMustFitTheStoredOneItLeavesOut()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var file = Part(DataSetFiles.AutumnExtensionInsteadOfBusan, "geneva-truce");

        var refused = await Assert.ThrowsAsync<InvalidDataSetException>(() => database.NewWriter().ApplyAsync(DataSetFiles.Read(file), WriteMode.Upsert));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("$.truceWindows[0].extensions[2].newDeadline", problem.Path);
    }

    [Fact]
    public async Task AFileOfOneLayerThatClashesWithAStoredChangeOfItWritesNothing()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var before = await ExportAsync(database);
        var clash = Part(d => d.Record("tariffLayers", "us-fentanyl")["changes"]![0]!["key"] = "us-fentanyl-first", "us-fentanyl");

        var refused = await Assert.ThrowsAsync<StoreWriteException>(() => database.NewWriter().ApplyAsync(DataSetFiles.Read(clash), WriteMode.Upsert));

        Assert.Contains("nothing was changed", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await ExportAsync(database));
        await using var db = database.NewContext();
        Assert.Equal(1, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task EachVersionAnImportRecordsIsTheRecordAsAnExportAfterItWritesIt()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var file = Part(d =>
        {
            var farm = d.Record("tariffLayers", "cn-farm-10")["changes"]!.AsArray();
            var moved = farm.Single(c => (string?)c!["key"] == "cn-farm-10-2025-11-10")!;
            farm.Remove(moved);
            d.Record("tariffLayers", "us-232-lumber")["changes"]!.AsArray().Add(moved);
            d.Record("talks", "geneva-2025-05")["sources"]!.AsArray().Add((string)d["sources"]![0]!["key"]!);
            d.Record("people", "donald-trump")["name"] = "Donald J. Trump";
        }, "us-232-lumber", "geneva-2025-05", "donald-trump");

        var report = await database.NewWriter().ApplyAsync(DataSetFiles.Read(file), WriteMode.Upsert);

        var export = DataSetFiles.Read(Encoding.UTF8.GetBytes(await ExportAsync(database)));
        await using var db = database.NewContext();
        var versions = await db.RecordVersions.Where(v => v.ChangeSetId == report.ChangeSetId).ToListAsync();
        Assert.Equal(["cn-farm-10", "donald-trump", "geneva-2025-05", "us-232-lumber"], versions.Select(v => v.Key).Order(StringComparer.Ordinal));
        foreach (var version in versions)
        {
            var entry = Kinds.Find(version.Kind)!.EntriesIn(export).Single(e => e.Entry.Key == version.Key).Entry;
            Assert.Equal(JsonSerializer.Serialize(entry, entry.GetType(), DataSetJson.CompactOptions), version.After);
        }
    }

    [Fact]
    public async Task MovingAPromiseAfterItsStoredProgressInAFileWithoutThatProgressIsRefusedAndNothingIsWritten()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var before = await ExportAsync(database);
        var file = Part(d =>
        {
            var promise = d.Record("commitments", "cn-fentanyl-precursors");
            promise["madeOn"] = "2025-11-20";
            promise.Remove("reportedOn");
            promise["progress"] = new JsonArray();
        }, "cn-fentanyl-precursors");

        var rehearsal = await Assert.ThrowsAsync<InvalidDataSetException>(() => database.NewWriter().ApplyAsync(DataSetFiles.Read(file), WriteMode.Upsert, dryRun: true));
        var refused = await Assert.ThrowsAsync<InvalidDataSetException>(() => database.NewWriter().ApplyAsync(DataSetFiles.Read(file), WriteMode.Upsert));

        foreach (var problems in new[] { rehearsal.Problems, refused.Problems })
        {
            var problem = Assert.Single(problems);
            Assert.EndsWith(".progress[0].on", problem.Path, StringComparison.Ordinal);
            Assert.Contains("together with the records already stored", problem.Message, StringComparison.Ordinal);
            Assert.Contains("before the promise was made (2025-11-20)", problem.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await ExportAsync(database));
        await using var db = database.NewContext();
        Assert.Equal(1, await db.ChangeSets.CountAsync());
    }

    /// <summary>
    /// Makes one change to two seeded stores: through the whole bundled file, and through a file of only the records
    /// named (with what they cite). Both must leave the same store, report the same changes and record the same history.
    /// </summary>
    private static async Task AssertSameAsTheWholeFileAsync(Action<JsonObject> change, params string[] keys)
    {
        await using var whole = await TestDatabase.CreateSeededAsync();
        await using var part = await TestDatabase.CreateSeededAsync();

        var byWhole = await whole.NewWriter().ApplyAsync(DataSetFiles.Read(DataSetFiles.With(change)), WriteMode.Upsert);
        var byPart = await part.NewWriter().ApplyAsync(DataSetFiles.Read(Part(change, keys)), WriteMode.Upsert);

        Assert.NotEmpty(byWhole.Changes);
        Assert.Equal(Describe(byWhole.Changes), Describe(byPart.Changes));
        Assert.Equal(await ExportAsync(whole), await ExportAsync(part));
        Assert.Equal(await HistoryAsync(whole, byWhole.ChangeSetId), await HistoryAsync(part, byPart.ChangeSetId));
        Assert.NotEmpty(await HistoryAsync(part, byPart.ChangeSetId));
        Assert.Equal(await SpeakersAsync(whole), await SpeakersAsync(part));
    }

    /// <summary>Who each statement names as its speaker: what a reader sees, though the data set gives only the person's key.</summary>
    private static async Task<List<string>> SpeakersAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return [.. (await db.Statements.Select(s => s.Key + ": " + s.Speaker).ToListAsync()).Order(StringComparer.Ordinal)];
    }

    private static List<string> Describe(IEnumerable<RecordChange> changes) =>
        [.. changes.Select(c => $"{c.Kind} {c.Key} {c.Type}: " + string.Join("; ", c.Fields.Select(f => $"{f.Field} {f.Before} -> {f.After}")))];

    private static async Task<List<string>> HistoryAsync(TestDatabase database, long? changeSet)
    {
        await using var db = database.NewContext();
        return [.. (await db.RecordVersions.Where(v => v.ChangeSetId == changeSet).ToListAsync())
            .Select(v => $"{v.Kind} {v.Key} {v.Type} {v.Before} {v.After}").Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The bundled file, changed, keeping only the records with <paramref name="keys"/> and what they refer to (sources,
    /// people, talks, layers, measures), as a file holding part of the store would.
    /// </summary>
    private static byte[] Part(Action<JsonObject> change, params string[] keys)
    {
        var root = JsonNode.Parse(DataSetFiles.With(change))!.AsObject();
        var kept = new HashSet<string>(keys, StringComparer.Ordinal);
        var records = DataSetEntries.Kinds.SelectMany(kind => root[kind]?.AsArray() ?? []).OfType<JsonObject>().ToList();
        for (var count = -1; count != kept.Count;)
        {
            count = kept.Count;
            foreach (var record in records.Where(r => kept.Contains((string)r["key"]!)).ToList())
            {
                References(record, kept);
            }
        }

        foreach (var kind in DataSetEntries.Kinds.Where(k => root[k] is JsonArray))
        {
            var list = root[kind]!.AsArray();
            foreach (var record in list.Where(r => !kept.Contains((string)r!["key"]!)).ToList())
            {
                list.Remove(record);
            }
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static void References(JsonNode? node, HashSet<string> keys)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    if (name is "sources" or "participants" && value is JsonArray list)
                    {
                        keys.UnionWith(list.Select(k => (string)k!));
                    }
                    else if (name is "person" or "layer" or "measure" or "talk" && value is JsonValue single)
                    {
                        keys.Add((string)single!);
                    }
                    else
                    {
                        References(value, keys);
                    }
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    References(child, keys);
                }

                break;
        }
    }

    private static string Outcome(string export) =>
        JsonNode.Parse(export)!.AsObject().Record("talks", "london-2025-06")["outcome"]!.GetValue<string>();

    private static async Task<string> ExportAsync(TestDatabase database) => Encoding.UTF8.GetString(await database.ExportAsync());
}
