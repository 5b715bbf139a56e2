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
