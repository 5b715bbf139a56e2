using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TradeTalks.DataSets;
using TradeTalks.Store;
using TradeTalks.Tariffs;
using TradeTalks.Tests.Support;
using TradeTalks.Time;

namespace TradeTalks.Tests.DataSets;

/// <summary>The one write path: what an import adds, changes, leaves and removes, and that it writes all or nothing.</summary>
public sealed class StoreWriterTests
{
    [Fact]
    public async Task ExportThenImportIntoAnEmptyStoreThenExportAgainGivesTheSameBytes()
    {
        // A file that uses what the bundled one does not: an explicit instant, an organisation speaking, a removed layer.
        var original = DataSetFiles.With(d =>
        {
            d["tariffLayers"]![2]!["changes"]![0]!["effectiveAt"] = "2026-02-24T12:00:00-05:00";
            d["truceWindows"]![0]!["extensions"]![0]!["signedAt"] = "2025-08-11T18:30:00Z";
            d["tariffLayers"]!.AsArray().RemoveAt(7);
        });
        var (exported, again) = await TestDatabase.RoundTripAsync(original);

        Assert.Equal(Encoding.UTF8.GetString(exported), Encoding.UTF8.GetString(again));
        Assert.Contains("\"effectiveAt\": \"2026-02-24T12:00:00-05:00\"", Encoding.UTF8.GetString(again), StringComparison.Ordinal);
        Assert.Contains("\"signedAt\": \"2025-08-11T14:30:00-04:00\"", Encoding.UTF8.GetString(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportingAChangedFileChangesExactlyWhatChangedAndStampsOnlyThat()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var changed = DataSetFiles.Read(DataSetFiles.With(d =>
        {
            d.Record("talks", "london-2025-06")["outcome"] = "A framework was agreed; both sides took it home for approval.";
            d["tariffLayers"]![0]!["changes"]![1]!["rate"] = 25;
        }));

        var report = await database.NewWriter().ApplyAsync(changed, WriteMode.Upsert);

        Assert.True(report.Written);
        Assert.Collection(report.Changes,
            c => Assert.Equal(("talks", "london-2025-06", RecordChangeType.Changed, "outcome"), (c.Kind, c.Key, c.Type, Assert.Single(c.Fields).Field)),
            c => Assert.Equal(("tariffChanges", "us-fentanyl-2025-03-04", RecordChangeType.Changed, "rate"), (c.Kind, c.Key, c.Type, Assert.Single(c.Fields).Field)));
        Assert.Equal(0, report.Total(k => k.Added) + report.Total(k => k.Removed));

        await using var db = database.NewContext();
        var now = database.Time.GetUtcNow();
        Assert.Equal(now, (await db.Talks.SingleAsync(t => t.Key == "london-2025-06")).UpdatedAt);
        Assert.Equal(["london-2025-06"], await db.Talks.Where(t => t.UpdatedAt != null).Select(t => t.Key).ToListAsync());
        Assert.Equal(1, await db.TariffChanges.CountAsync(c => c.UpdatedAt != null));

        // What a reader sees: the US rate in the spring of 2025 is now 25 + 0, then the reciprocal layers on top.
        var timeline = await database.Get<TariffService>().GetTimelineAsync();
        Assert.Equal(25, timeline.UsOnChina.RateAt(Instants.Eastern(2025, 3, 20)));
        Assert.Equal(150, timeline.UsOnChina.RateAt(Instants.Eastern(2025, 4, 20)));
        var freshness = await new FreshnessService(database.Factory).GetAsync(AsOf.EndOf(new DateOnly(2026, 11, 29)));
        Assert.Equal(now, freshness.LastEdit);
    }

    [Fact]
    public async Task ADryRunReportsEveryChangeFieldByFieldAndWritesNothing()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var before = await database.ExportAsync();
        var changed = DataSetFiles.Read(DataSetFiles.With(d =>
        {
            d.Record("people", "jamieson-greer")["title"] = "United States Trade Representative";
            d["sources"]!.AsArray().Add(new JsonObject { ["key"] = "new-report", ["publisher"] = "Reuters", ["title"] = "A later report" });
            d["claims"]!.AsArray().RemoveAt(3);
        }));

        var report = await database.NewWriter().ApplyAsync(changed, WriteMode.Replace, dryRun: true);

        Assert.False(report.Written);
        var title = Assert.Single(report.Changes.Single(c => c.Key == "jamieson-greer").Fields);
        Assert.Equal(new FieldChange("title", "\"US Trade Representative\"", "\"United States Trade Representative\""), title);
        Assert.Equal(RecordChangeType.Added, report.Changes.Single(c => c.Key == "new-report").Type);
        Assert.Equal(RecordChangeType.Removed, report.Changes.Single(c => c.Kind == "claims").Type);
        Assert.Equal(before, await database.ExportAsync());
        await using var db = database.NewContext();
        Assert.False(await db.People.AnyAsync(p => p.UpdatedAt != null));
    }

    [Fact]
    public async Task ImportingWhatTheStoreHoldsWritesNothing()
    {
        await using var database = await TestDatabase.CreateSeededAsync();

        var report = await database.NewWriter().ApplyAsync(DataSetFiles.Read(DataSetFiles.Bundled), WriteMode.Replace);

        Assert.False(report.Written);
        Assert.Empty(report.Changes);
        Assert.Equal(0, report.Total(k => k.Changed));
        Assert.True(report.Total(k => k.Unchanged) > 0);
    }

    [Fact]
    public async Task WithoutReplaceRecordsAbsentFromTheFileStayAndWithReplaceTheyGo()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var withoutBusanCall = DataSetFiles.Read(DataSetFiles.With(d =>
        {
            var talks = d["talks"]!.AsArray();
            talks.Remove(talks.Single(t => (string?)t!["key"] == "call-2025-11-24"));
        }));

        var upsert = await database.NewWriter().ApplyAsync(withoutBusanCall, WriteMode.Upsert);
        await using (var db = database.NewContext())
        {
            Assert.True(await db.Talks.AnyAsync(t => t.Key == "call-2025-11-24"));
        }

        var replace = await database.NewWriter().ApplyAsync(withoutBusanCall, WriteMode.Replace);

        Assert.Empty(upsert.Changes);
        var removed = Assert.Single(replace.Changes);
        Assert.Equal(("talks", "call-2025-11-24", RecordChangeType.Removed), (removed.Kind, removed.Key, removed.Type));
        await using var check = database.NewContext();
        Assert.False(await check.Talks.AnyAsync(t => t.Key == "call-2025-11-24"));
        Assert.True(await check.Sources.AnyAsync(s => s.Key == "wptv-call-nov-2025"));
    }

    [Fact]
    public async Task ReplacingWithAFileThatDropsALayerRemovesItsChangesToo()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        // The layer, and the product programme that charges its rate (a programme must name a layer on record).
        var withoutSection122 = DataSetFiles.Read(DataSetFiles.With(d =>
        {
            var layers = d["tariffLayers"]!.AsArray();
            layers.Remove(layers.Single(l => (string?)l!["key"] == "us-section-122"));
            var programmes = d["productProgrammes"]!.AsArray();
            foreach (var programme in programmes.Where(p => (string?)p!["layer"] == "us-section-122").ToList())
            {
                programmes.Remove(programme);
            }
        }));

        var report = await database.NewWriter().ApplyAsync(withoutSection122, WriteMode.Replace);

        Assert.Equal(
            ["- productProgrammes s122", "- tariffChanges us-section-122-2026-02-24", "- tariffChanges us-section-122-2026-07-24", "- tariffLayers us-section-122"],
            report.Changes.Select(c => $"{(c.Type == RecordChangeType.Removed ? "-" : "?")} {c.Kind} {c.Key}").Order(StringComparer.Ordinal));
        var timeline = await database.Get<TariffService>().GetTimelineAsync();
        Assert.Equal(0, timeline.UsOnChina.RateAt(Instants.Eastern(2026, 3, 1)));
    }

    [Fact]
    public async Task ReplacingWithAFileThatDropsAPersonAndWhatTheySaidRemovesBoth()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var withoutCommentator = DataSetFiles.Read(DataSetFiles.With(d =>
        {
            foreach (var kind in new[] { "people", "statements" })
            {
                var records = d[kind]!.AsArray();
                foreach (var record in records.Where(r => ((string?)r!["key"])!.Contains("ramachandran", StringComparison.Ordinal)).ToList())
                {
                    records.Remove(record);
                }
            }
        }));

        var report = await database.NewWriter().ApplyAsync(withoutCommentator, WriteMode.Replace);

        Assert.Equal(3, report.Total(k => k.Removed));
        await using var db = database.NewContext();
        Assert.False(await db.People.AnyAsync(p => p.Key == "swetha-ramachandran"));
        Assert.False(await db.Statements.AnyAsync(s => s.Key.StartsWith("ramachandran")));
    }

    [Fact]
    public async Task NewRecordsCanCiteNewSourcesAndNewPeopleInOneFile()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var file = DataSetFiles.Read(DataSetFiles.With(d =>
        {
            d["sources"]!.AsArray().Add(new JsonObject { ["key"] = "readout-2026-11", ["publisher"] = "Ministry of Commerce", ["title"] = "Readout of the call", ["publishedOn"] = "2026-11-20" });
            d["people"]!.AsArray().Add(new JsonObject
            {
                ["key"] = "new-negotiator", ["name"] = "A. Negotiator", ["side"] = "China", ["role"] = "Official",
                ["title"] = "Vice minister", ["organisation"] = "Ministry of Commerce of China", ["sources"] = new JsonArray("readout-2026-11"),
            });
            d["talks"]!.AsArray().Add(new JsonObject
            {
                ["key"] = "call-2026-11-20", ["kind"] = "PhoneCall", ["title"] = "Negotiators' call", ["place"] = "By telephone",
                ["firstDay"] = "2026-11-20", ["lastDay"] = "2026-11-20", ["participants"] = new JsonArray("new-negotiator", "scott-bessent"),
                ["summary"] = "A call between the lead negotiators.", ["sources"] = new JsonArray("readout-2026-11"),
            });
        }));

        var report = await database.NewWriter().ApplyAsync(file, WriteMode.Upsert);

        Assert.Equal(3, report.Total(k => k.Added));
        await using var db = database.NewContext();
        var call = await db.Talks.Include(t => t.Participants).Include(t => t.Sources).SingleAsync(t => t.Key == "call-2026-11-20");
        Assert.Equal(["new-negotiator", "scott-bessent"], call.Participants.Select(p => p.Key).Order());
        Assert.Equal("readout-2026-11", Assert.Single(call.Sources).Key);
        Assert.Equal(new DateOnly(2026, 11, 29), (await new FreshnessService(database.Factory).GetAsync(AsOf.EndOf(new DateOnly(2026, 11, 29)))).AsOfDay);
    }

    [Fact]
    public async Task RenamingAPersonRenamesTheirStatements()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var file = DataSetFiles.Read(DataSetFiles.With(d => d.Record("people", "donald-trump")["name"] = "Donald J. Trump"));

        await database.NewWriter().ApplyAsync(file, WriteMode.Upsert);

        await using var db = database.NewContext();
        Assert.All(await db.Statements.Where(s => s.Person!.Key == "donald-trump").ToListAsync(), s => Assert.Equal("Donald J. Trump", s.Speaker));
    }

    [Fact]
    public async Task AnInvalidDataSetIsRefusedWholeAndTheStoreIsUntouched()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var before = await database.ExportAsync();
        var valid = DataSetFiles.Read(DataSetFiles.With(d => d.Record("talks", "london-2025-06")["title"] = "London talks"));
        var broken = valid with { Talks = [.. valid.Talks, valid.Talks[0]] };

        var refused = await Assert.ThrowsAsync<InvalidDataSetException>(() => database.NewWriter().ApplyAsync(broken, WriteMode.Upsert));

        Assert.Contains(refused.Problems, p => p.Path == "$.talks[12].key");
        Assert.Equal(before, await database.ExportAsync());
    }

    [Fact]
    public async Task AClashWithAStoredRecordIsRefusedWithAMessageAndNothingIsWritten()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var before = await database.ExportAsync();
        // A change under a new key at the same instant as a stored one: each file is sound, together they clash.
        var clash = DataSetFiles.Read(DataSetFiles.With(d =>
        {
            d.Record("talks", "london-2025-06")["title"] = "London talks";
            var change = d["tariffLayers"]![0]!["changes"]![0]!.AsObject();
            change["key"] = "us-fentanyl-first";
        }));

        var rehearsed = await Assert.ThrowsAsync<StoreWriteException>(() => database.NewWriter().ApplyAsync(clash, WriteMode.Upsert, dryRun: true));
        var refused = await Assert.ThrowsAsync<StoreWriteException>(() => database.NewWriter().ApplyAsync(clash, WriteMode.Upsert));

        Assert.Contains("nothing was changed", rehearsed.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await database.ExportAsync());
    }

    [Fact]
    public async Task RecordsTheFileLeavesOutMustStillFitWithTheOnesItBrings()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var before = await database.ExportAsync();
        // The file lists the first extension and a new one, but not the stored Busan extension, whose deadline the
        // new one would then come after.
        var file = DataSetFiles.Read(DataSetFiles.With(DataSetFiles.AutumnExtensionInsteadOfBusan));

        var refused = await Assert.ThrowsAsync<InvalidDataSetException>(() => database.NewWriter().ApplyAsync(file, WriteMode.Upsert));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("$.truceWindows[0].extensions[2].newDeadline", problem.Path);
        Assert.Contains("together with the records already stored", problem.Message, StringComparison.Ordinal);
        Assert.Equal(before, await database.ExportAsync());
    }

    [Fact]
    public async Task ARecordRemovedByAnImportStaysRemovedWhenTheSeedRunsAgainAndFreshnessMoves()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var withoutCall = DataSetFiles.Read(DataSetFiles.With(d =>
        {
            var talks = d["talks"]!.AsArray();
            talks.Remove(talks.Single(t => (string?)t!["key"] == "call-2025-09-19"));
        }));

        await database.NewWriter().ApplyAsync(withoutCall, WriteMode.Replace);
        var added = await database.NewSeeder().SeedAsync();

        Assert.Equal(0, added);
        await using (var db = database.NewContext())
        {
            Assert.False(await db.Talks.AnyAsync(t => t.Key == "call-2025-09-19"));
        }

        var freshness = await new FreshnessService(database.Factory).GetAsync(AsOf.EndOf(new DateOnly(2026, 11, 29)));
        Assert.Equal(database.Time.GetUtcNow(), freshness.LastEdit);

        // Importing it again brings it back, and then the seed keeps it like any other record.
        await database.NewWriter().ApplyAsync(DataSetFiles.Read(DataSetFiles.Bundled), WriteMode.Upsert);
        await using var check = database.NewContext();
        Assert.True(await check.Talks.AnyAsync(t => t.Key == "call-2025-09-19"));
        Assert.False(await check.RemovedRecords.AnyAsync());
    }


    [Fact]
    public async Task AWriteAfterADryRunIsRefusedWhenAnythingWasWrittenInBetween()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var writer = database.NewWriter();
        var file = DataSetFiles.Read(DataSetFiles.With(d => d.Record("talks", "paris-2026-03")["outcome"] = "Nothing was announced."));
        var rehearsal = await writer.ApplyAsync(file, WriteMode.Upsert, dryRun: true);
        var meantime = DataSetFiles.Read(DataSetFiles.With(d => d.Record("talks", "london-2025-06")["place"] = "Somewhere else"));
        await writer.ApplyAsync(meantime, WriteMode.Upsert);

        await Assert.ThrowsAsync<StoreChangedException>(() => writer.ApplyAsync(file, WriteMode.Upsert, unchangedSince: rehearsal.StoreVersion));

        var again = await writer.ApplyAsync(file, WriteMode.Upsert, dryRun: true);
        var written = await writer.ApplyAsync(file, WriteMode.Upsert, unchangedSince: again.StoreVersion);
        Assert.True(written.Written);
    }
}
