using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TradeTalks.Products.Building;

/// <summary>
/// The manifest beside the bundled product data (data/products/manifest.json): where the inputs came from (repository
/// and commit), each input file's SHA-256, when the data was built, the inputs' licence and the credit their authors
/// ask for, and the output's SHA-256, so that anyone can check the data against a rebuild.
/// </summary>
public static partial class ProductManifest
{
    public const string FileName = "manifest.json";
    public const string SourceRepository = "https://github.com/arifshehab/tariff-rate-tracker";
    public const string LicenceFile = "LICENSE";
    public const string CitationFile = "CITATION.cff";

    public static byte[] Write(ProductBuild build, InputFolder credits, string commit, DateTimeOffset builtAt, byte[] output, byte[] schema)
    {
        var licence = Licence(credits.ReadAllText(LicenceFile));
        var credit = Credit(credits.ReadAllText(CitationFile));
        var inputs = build.Inputs.Concat(credits.Read).GroupBy(i => i.Key, StringComparer.Ordinal).Select(g => g.First()).OrderBy(i => i.Key, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("source");
            json.WriteString("repository", SourceRepository);
            json.WriteString("commit", commit);
            json.WriteEndObject();
            json.WriteString("builtAt", builtAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteString("licence", licence);
            json.WriteString("credit", credit);
            json.WriteString("lastRevision", build.Data.LastRevision.Name);
            json.WriteNumber("lines", build.Data.Lines.Count);
            json.WriteStartArray("inputs");
            foreach (var (path, sha256) in inputs)
            {
                json.WriteStartObject();
                json.WriteString("path", path);
                json.WriteString("sha256", sha256);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteFile(json, "output", ProductDataJson.FileName, output);
            WriteFile(json, "schema", ProductDataJson.SchemaName, schema);
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteFile(Utf8JsonWriter json, string name, string path, byte[] bytes)
    {
        json.WriteStartObject(name);
        json.WriteString("path", path);
        json.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(bytes)));
        json.WriteNumber("bytes", bytes.Length);
        json.WriteEndObject();
    }

    /// <summary>"MIT License; Copyright (c) 2025-2026 The Budget Lab at Yale": the licence's name and its copyright line.</summary>
    private static string Licence(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var copyright = lines.FirstOrDefault(l => l.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase));
        return lines.Count == 0 || copyright is null
            ? throw new ProductInputException($"{LicenceFile}: names no licence and copyright holder. Use the file from the named commit.")
            : $"{lines[0]}; {copyright}";
    }

    /// <summary>The citation CITATION.cff asks for: its authors, year, title and address, in its preferred-citation's words.</summary>
    private static string Credit(string cff)
    {
        string Value(Regex pattern) => pattern.Match(cff) is { Success: true } match ? match.Groups[1].Value.Trim() : "";
        var (author, title, year, url) = (Value(AuthorName()), Value(Title()), Value(Year()), Value(Url()));
        return author.Length == 0 || title.Length == 0
            ? throw new ProductInputException($"{CitationFile}: has no title or author to credit. Use the file from the named commit.")
            : $"{author}{(year.Length > 0 ? $" ({year})" : "")}. {title}. {url}".TrimEnd(' ', '.') + (url.Length > 0 ? "" : ".");
    }

    [GeneratedRegex(@"^\s*-\s*name:\s*""?([^""\r\n]+)""?", RegexOptions.Multiline)]
    private static partial Regex AuthorName();

    [GeneratedRegex(@"^title:\s*""?([^""\r\n]+)""?", RegexOptions.Multiline)]
    private static partial Regex Title();

    [GeneratedRegex(@"^\s*year:\s*(\d{4})", RegexOptions.Multiline)]
    private static partial Regex Year();

    [GeneratedRegex(@"^url:\s*""?([^""\r\n]+)""?", RegexOptions.Multiline)]
    private static partial Regex Url();
}
