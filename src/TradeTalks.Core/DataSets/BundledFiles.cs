namespace TradeTalks.DataSets;

/// <summary>The data set and its schema as committed under <c>data/</c>, built into the app.</summary>
public static class BundledFiles
{
    public const string DataSetName = "tradetalks.json";
    public const string SchemaName = "tradetalks.schema.json";

    public static Stream Open(string name) =>
        typeof(BundledFiles).Assembly.GetManifestResourceStream($"TradeTalks.DataSets.{name}")
        ?? throw new InvalidOperationException($"The app was built without data/{name}; rebuild it from a full checkout.");

    /// <summary>The SHA-256 of a bundled file, in lower-case hex.</summary>
    public static string Sha256(string name)
    {
        using var stream = Open(name);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }

    public static string ReadText(string name)
    {
        using var reader = new StreamReader(Open(name));
        return reader.ReadToEnd();
    }
}
