using System.Text;
using Microsoft.EntityFrameworkCore;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Commands;

/// <summary>The export, import and validate verbs as a researcher runs them.</summary>
public sealed class DataSetCommandTests
{
    [Fact]
    public async Task ValidateSaysTheBundledDataSetIsValid()
    {
        await using var run = new CommandRun();

        var (exitCode, output, _) = await run.RunAsync(["validate", DataSetFiles.DataSetPath]);

        Assert.Equal(0, exitCode);
        Assert.Contains("valid: ", output, StringComparison.Ordinal);
        Assert.Contains(" sources, ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateListsEveryProblemWithTheFileAndPathAndFails()
    {
        await using var run = new CommandRun();
        await File.WriteAllBytesAsync(run.PathOf("broken.json"), DataSetFiles.With(d =>
        {
            d["formatVersion"] = 2;
            d.Record("talks", "london-2025-06")["participants"]!.AsArray().Add("nobody");
        }));

        var (exitCode, output, error) = await run.RunAsync(["validate", "broken.json"]);

        Assert.NotEqual(0, exitCode);
        Assert.Empty(output);
        Assert.Contains("broken.json: $.formatVersion: ", error, StringComparison.Ordinal);
        Assert.Contains("broken.json: $.talks[2].participants[6]: no person has the key \"nobody\"", error, StringComparison.Ordinal);
        Assert.Contains("2 problem(s) found; nothing was written", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportThenImportIntoAnEmptyStoreThenExportAgainGivesTheSameFile()
    {
        await using var first = new CommandRun();
        await first.RunAsync(["import", DataSetFiles.DataSetPath]);
        var (exported, _, _) = await first.RunAsync(["export", "store.json"]);
        await using var second = new CommandRun();

        var (imported, summary, _) = await second.RunAsync(["import", first.PathOf("store.json")]);
        await second.RunAsync(["export", "again.json"]);

        Assert.Equal((0, 0), (exported, imported));
        Assert.Contains("Imported in one transaction.", summary, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(first.PathOf("store.json")), await File.ReadAllBytesAsync(second.PathOf("again.json")));
        Assert.Equal(DataSetFiles.Bundled, await File.ReadAllBytesAsync(second.PathOf("again.json")));
    }

    [Fact]
    public async Task AnImportIsRecordedInTheHistoryWithTheFilesNameAndHash()
    {
        await using var run = new CommandRun();
        var bytes = DataSetFiles.With(d => d.Record("talks", "paris-2026-03")["outcome"] = "Nothing was announced.");
        await File.WriteAllBytesAsync(run.PathOf("edit.json"), bytes);

        var (exit, _, _) = await run.RunAsync(["import", "edit.json"]);

        Assert.Equal(0, exit);
        await using var instances = new StoreInstances();
        await using var db = await instances.Start($"Data Source={run.DatabasePath};Pooling=False").NewContextAsync();
        var set = await db.ChangeSets.Include(c => c.Records).SingleAsync();
        Assert.StartsWith("command line (", set.Actor, StringComparison.Ordinal);
        Assert.Equal(("edit.json", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))), (set.FileName, set.FileHash));
        Assert.Equal(TradeTalks.History.ChangeOrigin.Import, set.Origin);
        Assert.Contains(set.Records, r => r.Key == "paris-2026-03" && r.After!.Contains("Nothing was announced.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportToStandardOutputWritesOnlyTheDataSet()
    {
        await using var run = new CommandRun();
        await run.RunAsync(["import", DataSetFiles.DataSetPath]);

        var (exitCode, output, error) = await run.RunAsync(["export", "-"]);

        Assert.Equal(0, exitCode);
        Assert.Equal(Encoding.UTF8.GetString(DataSetFiles.Bundled), output);
        Assert.Contains("to standard output", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADryRunPrintsTheChangesFieldByFieldAndLeavesTheStoreAlone()
    {
        await using var run = new CommandRun();
        await run.RunAsync(["import", DataSetFiles.DataSetPath]);
        await File.WriteAllBytesAsync(run.PathOf("edit.json"), DataSetFiles.With(d => d.Record("talks", "paris-2026-03")["outcome"] = "Nothing was announced."));

        var (exitCode, output, _) = await run.RunAsync(["import", "edit.json", "--dry-run"]);
        var (_, after, _) = await run.RunAsync(["export", "-"]);

        Assert.Equal(0, exitCode);
        Assert.Contains("~ talks paris-2026-03", output, StringComparison.Ordinal);
        Assert.Contains("outcome: \"No agreement was announced; the Beijing trip was later pushed back.\" -> \"Nothing was announced.\"", output, StringComparison.Ordinal);
        Assert.Matches(@"talks\s+0\s+1\s+11\s+0", output);
        Assert.Contains("Dry run: nothing was written.", output, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetString(DataSetFiles.Bundled), after);
    }

    [Fact]
    public async Task ImportReadsStandardInputAndReplaceRemovesWhatTheFileLacks()
    {
        await using var run = new CommandRun();
        await run.RunAsync(["import", DataSetFiles.DataSetPath]);
        var withoutDevelopments = DataSetFiles.With(d => d.Remove("developments"));

        var (exitCode, output, _) = await run.RunAsync(["import", "-", "--replace"], withoutDevelopments);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"developments\s+0\s+0\s+0\s+6", output);
        var (_, exported, _) = await run.RunAsync(["export", "-"]);
        Assert.DoesNotContain("\"developments\": [\n    {", exported, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrokenFileIsRefusedAndTheStoreIsUnchanged()
    {
        await using var run = new CommandRun();
        await run.RunAsync(["import", DataSetFiles.DataSetPath]);
        await File.WriteAllTextAsync(run.PathOf("broken.json"), "{ \"formatVersion\": 1, \"sources\": [ }");

        var (exitCode, _, error) = await run.RunAsync(["import", "broken.json"]);
        var (_, after, _) = await run.RunAsync(["export", "-"]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("broken.json: $: the file is not valid JSON: line 1, column 36", error, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetString(DataSetFiles.Bundled), after);
    }

    [Fact]
    public async Task AMisspeltOptionStopsTheVerbBeforeItTouchesTheStore()
    {
        await using var run = new CommandRun();
        await File.WriteAllBytesAsync(run.PathOf("data.json"), DataSetFiles.Bundled);

        var (exitCode, output, error) = await run.RunAsync(["import", "data.json", "--dryrun"]);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("Not understood: --dryrun", error, StringComparison.Ordinal);
        Assert.False(File.Exists(run.DatabasePath));
    }

    [Fact]
    public async Task AVerbWithoutItsFileIsAUsageError()
    {
        await using var run = new CommandRun();

        var (exitCode, _, error) = await run.RunAsync(["import"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("Required argument missing", error, StringComparison.Ordinal);
        Assert.False(File.Exists(run.DatabasePath));
    }

    [Fact]
    public async Task EmptyStandardInputIsCalledEmpty()
    {
        await using var run = new CommandRun();

        var (exitCode, _, error) = await run.RunAsync(["validate", "-"], []);

        Assert.Equal(1, exitCode);
        Assert.Contains("-: $: the file is empty.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileThatIsNotThereIsExplained()
    {
        await using var run = new CommandRun();

        var (exitCode, _, error) = await run.RunAsync(["import", "missing.json"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("missing.json: no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownVerbIsExplainedAndTheDashboardDoesNotStart()
    {
        await using var run = new CommandRun();

        var (exitCode, _, error) = await run.RunAsync(["exprot", "data.json"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("\"exprot\" is not a verb. The verbs are export, import, validate", error, StringComparison.Ordinal);
        Assert.False(run.Served);
    }

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:5124")]
    [InlineData("urls=http://127.0.0.1:5124", "--environment=Production")]
    public async Task WithoutAVerbTheDashboardStartsWithTheHostsOptions(string first, string second)
    {
        await using var run = new CommandRun();

        var (exitCode, _, _) = await run.RunAsync([first, second]);

        Assert.Equal(0, exitCode);
        Assert.True(run.Served);
    }

    [Fact]
    public async Task ExportingAStoreThatDoesNotExistSaysSoAndCreatesNothing()
    {
        await using var run = new CommandRun();

        var (exitCode, output, error) = await run.RunAsync(["export", "-"]);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains("There is no store at", error, StringComparison.Ordinal);
        Assert.False(File.Exists(run.DatabasePath));
    }
}
