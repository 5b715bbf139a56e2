using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Commands;

/// <summary>The verbs in a process of their own: exit codes, standard streams, and a kill in the middle of an import.</summary>
public sealed class ProcessTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradetalks-process-").FullName;

    private string DatabasePath => Path.Combine(_folder, "store.db");

    [Fact]
    public async Task TheVerbsRunEndToEndWithExitCodesAScriptCanTrust()
    {
        var broken = Path.Combine(_folder, "broken.json");
        await File.WriteAllTextAsync(broken, "{ \"formatVersion\": 1 }");

        var validated = await AppProcess.RunAsync(DatabasePath, _folder, "validate", DataSetFiles.DataSetPath);
        var refused = await AppProcess.RunAsync(DatabasePath, _folder, "validate", "broken.json");
        var imported = await AppProcess.RunAsync(DatabasePath, _folder, "import", DataSetFiles.DataSetPath);
        var exported = await AppProcess.RunAsync(DatabasePath, _folder, "export", "-");

        Assert.Equal(0, validated.ExitCode);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("broken.json: $.sources: missing field \"sources\"", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("Imported in one transaction.", imported.Output, StringComparison.Ordinal);
        Assert.Equal(0, exported.ExitCode);
        Assert.Equal(File.ReadAllText(DataSetFiles.DataSetPath), exported.Output);
    }

    [Fact]
    public async Task KillingTheProcessInTheMiddleOfAnImportLeavesTheStoreAsItWas()
    {
        var seeded = await AppProcess.RunAsync(DatabasePath, _folder, "import", DataSetFiles.DataSetPath);
        Assert.Equal(0, seeded.ExitCode);
        var before = await ExportAsync();

        // Enough new records that writing them takes seconds, so the kill lands inside the transaction.
        var big = Path.Combine(_folder, "big.json");
        await File.WriteAllBytesAsync(big, DataSetFiles.With(d =>
        {
            var releases = d["indicatorReleases"]!.AsArray();
            for (var i = 0; i < 20_000; i++)
            {
                releases.Add(new JsonObject
                {
                    ["key"] = $"bulk-{i}", ["indicator"] = "Bulk series", ["region"] = "World", ["side"] = "Other",
                    ["period"] = $"P{i}", ["periodStart"] = "2025-01-01", ["value"] = i, ["unit"] = "%", ["sources"] = new JsonArray("piie-chart"),
                });
            }

            d.Record("talks", "london-2025-06")["outcome"] = "Changed by the import that is killed.";
        }));

        using var process = Process.Start(AppProcess.StartInfo(DatabasePath, _folder, "import", big))!;
        var output = process.StandardOutput.ReadToEndAsync();
        while (await process.StandardError.ReadLineAsync() is { } line && !line.StartsWith("Writing ", StringComparison.Ordinal))
        {
        }

        // Wait until rows are in the write-ahead log but not yet committed, then kill.
        var log = DatabasePath + "-wal";
        var atStart = File.Exists(log) ? new FileInfo(log).Length : 0;
        var written = false;
        while (!process.HasExited && !written)
        {
            written = File.Exists(log) && new FileInfo(log).Length > atStart + (512 * 1024);
            if (!written)
            {
                await Task.Delay(5);
            }
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        Assert.True(written, "The import ended before it had written half a megabyte; the test proves nothing.");
        Assert.DoesNotContain("Imported in one transaction.", await output, StringComparison.Ordinal);
        Assert.NotEqual(0, process.ExitCode);
        Assert.Equal("ok", IntegrityCheck());
        Assert.Equal(before, await ExportAsync());
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private async Task<string> ExportAsync()
    {
        var (exitCode, output, error) = await AppProcess.RunAsync(DatabasePath, _folder, "export", "-");
        Assert.True(exitCode == 0, error);
        return output;
    }

    private string IntegrityCheck()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
