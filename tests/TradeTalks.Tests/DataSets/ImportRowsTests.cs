using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TradeTalks.DataSets;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.DataSets;

/// <summary>
/// An import writes its new records, their citations and its history as rows, one after another, in one transaction:
/// a store that refuses one of them halfway keeps nothing of the import, and a record's citations end up exactly as the
/// file gives them.
/// </summary>
public sealed class ImportRowsTests
{
    [Theory]
    [InlineData("Developments")]
    [InlineData("TalkSources")]
    [InlineData("TalkParticipants")]
    [InlineData("RecordVersions")]
    public async Task AStoreThatRefusesARowHalfwayThroughAnImportKeepsNothingOfIt(string table)
    {
        await using var database = await TestDatabase.CreateAsync();
        var empty = await database.ExportAsync();
        await RefuseAfterThreeRowsAsync(database, table);

        var refused = await Assert.ThrowsAsync<StoreWriteException>(
            () => database.NewWriter().ApplyAsync(DataSetFiles.Read(DataSetFiles.Bundled), WriteMode.Upsert));

        Assert.Contains("nothing was changed", refused.Message, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetString(empty), Encoding.UTF8.GetString(await database.ExportAsync()));
        await using var db = database.NewContext();
        Assert.Equal(0, await db.ChangeSets.CountAsync());

        // The same file goes in whole once the store takes it.
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER refuse_rows");
        var report = await database.NewWriter().ApplyAsync(DataSetFiles.Read(DataSetFiles.Bundled), WriteMode.Upsert);
        Assert.True(report.Written);
        Assert.Equal(Encoding.UTF8.GetString(DataSetFiles.Bundled), Encoding.UTF8.GetString(await database.ExportAsync()));
    }

    [Fact]
    public async Task ARecordCitesExactlyTheSourcesTheFileGivesIt()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var file = DataSetFiles.Read(DataSetFiles.With(d =>
        {
            d.Record("talks", "geneva-2025-05")["sources"] = new JsonArray("ap-timeline", "article-london-2025-06");
            d.Record("talks", "geneva-2025-05")["participants"] = new JsonArray("he-lifeng", "scott-bessent");
        }));

        var report = await database.NewWriter().ApplyAsync(file, WriteMode.Upsert);

        var change = Assert.Single(report.Changes);
        Assert.Equal(["participants", "sources"], change.Fields.Select(f => f.Field).Order());
        await using var db = database.NewContext();
        var geneva = await db.Talks.Include(t => t.Sources).Include(t => t.Participants).SingleAsync(t => t.Key == "geneva-2025-05");
        Assert.Equal(["ap-timeline", "article-london-2025-06"], geneva.Sources.Select(s => s.Key).Order());
        Assert.Equal(["he-lifeng", "scott-bessent"], geneva.Participants.Select(p => p.Key).Order());
        var version = Assert.Single(await database.NewHistory().ForRecordAsync("talks", "geneva-2025-05"), v => v.ChangeSetId == report.ChangeSetId);
        Assert.Contains("\"sources\":[\"china-daily-geneva\"]", version.Before, StringComparison.Ordinal);
        Assert.Contains("\"sources\":[\"ap-timeline\",\"article-london-2025-06\"]", version.After, StringComparison.Ordinal);
    }

    /// <summary>A trigger that lets three rows into <paramref name="table"/>, then aborts the statement that adds another.</summary>
    private static async Task RefuseAfterThreeRowsAsync(TestDatabase database, string table)
    {
        await using var db = database.NewContext();
        // A table's name cannot be a parameter; these come from the test's own list.
        var trigger = $"CREATE TRIGGER refuse_rows BEFORE INSERT ON \"{table}\" WHEN (SELECT COUNT(*) FROM \"{table}\") >= 3 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END";
        await db.Database.ExecuteSqlRawAsync(trigger);
    }
}
