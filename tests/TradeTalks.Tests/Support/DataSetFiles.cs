using System.Text;
using System.Text.Json.Nodes;
using TradeTalks.DataSets;

namespace TradeTalks.Tests.Support;

/// <summary>The committed data set and schema, and broken copies of the data set made by changing one thing.</summary>
public static class DataSetFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string DataSetPath => Path.Combine(RepositoryRoot, "data", BundledFiles.DataSetName);

    public static string SchemaPath => Path.Combine(RepositoryRoot, "data", BundledFiles.SchemaName);

    public static byte[] Bundled => File.ReadAllBytes(DataSetPath);

    /// <summary>The bundled data set with one change made to it, as bytes ready to read.</summary>
    public static byte[] With(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Bundled)!.AsObject();
        change(root);
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    /// <summary>
    /// The Geneva truce with its first extension and a new autumn one instead of the Busan extension (and without the
    /// items that extension brought), whose deadline the new one would come after.
    /// </summary>
    public static void AutumnExtensionInsteadOfBusan(JsonObject d)
    {
        var extensions = d["truceWindows"]![0]!["extensions"]!.AsArray();
        extensions.RemoveAt(1);
        var items = d["truceWindows"]![0]!["items"]!.AsArray();
        foreach (var item in items.Where(i => i!["extension"] is not null).ToList())
        {
            items.Remove(item);
        }

        extensions.Add(new JsonObject
        {
            ["key"] = "geneva-truce-extension-autumn", ["name"] = "Autumn extension", ["signedOn"] = "2025-09-01",
            ["newDeadline"] = "2026-12-01T00:01:00-05:00", ["summary"] = "A longer extension.", ["sources"] = new JsonArray("white-house-2025-08-11"),
        });
    }

    public static DataSetDocument Read(byte[] bytes)
    {
        var result = DataSetReader.Read(bytes);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Document!;
    }

    public static JsonObject Record(this JsonObject root, string kind, string key) =>
        root[kind]!.AsArray().Select(n => n!.AsObject()).Single(r => (string?)r["key"] == key);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TradeTalks.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository (TradeTalks.sln) above " + AppContext.BaseDirectory);
    }
}
