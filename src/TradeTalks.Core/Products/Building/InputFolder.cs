using System.Security.Cryptography;

namespace TradeTalks.Products.Building;

/// <summary>
/// The folder the build reads (a clone of the tariff-rate-tracker repository), and the SHA-256 of every file it read,
/// for the manifest.
/// </summary>
public sealed class InputFolder(string root)
{
    private readonly SortedDictionary<string, string> _read = new(StringComparer.Ordinal);

    public string Root { get; } = root;

    /// <summary>Each file read, by its path under the folder (with forward slashes), and its SHA-256 in lower-case hex.</summary>
    public IReadOnlyDictionary<string, string> Read => _read;

    public bool Exists(string name) => File.Exists(PathOf(name));

    public byte[] ReadAllBytes(string name)
    {
        var path = PathOf(name);
        if (!File.Exists(path))
        {
            throw new ProductInputException(
                $"{name}: no such file under {Root}. Give --from the folder of a clone of the tariff-rate-tracker repository at the commit named in docs/products.md.");
        }

        var bytes = File.ReadAllBytes(path);
        _read[name] = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return bytes;
    }

    public string ReadAllText(string name) => System.Text.Encoding.UTF8.GetString(ReadAllBytes(name)).TrimStart('\uFEFF');

    private string PathOf(string name) => Path.Combine(Root, name.Replace('/', Path.DirectorySeparatorChar));
}
