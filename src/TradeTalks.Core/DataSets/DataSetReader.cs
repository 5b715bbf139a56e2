using System.Globalization;
using System.Text.Json;

namespace TradeTalks.DataSets;

/// <summary>What reading a data set gave: the document when it is sound, and every problem found in it.</summary>
public sealed record DataSetReadResult(DataSetDocument? Document, IReadOnlyList<DataSetProblem> Problems)
{
    public bool IsValid => Document is not null && Problems.Count == 0;

    /// <summary>The SHA-256 of the bytes read, in lower-case hex: how the history names an imported file.</summary>
    public string? Sha256 { get; init; }
}

/// <summary>
/// Reads a data set and checks all of it before anything uses it: its size, its JSON, the schema (fields, types,
/// formats, ranges) and the rules between records (<see cref="DataSetRules"/>). Every problem is reported, not just
/// the first.
/// </summary>
public static partial class DataSetReader
{
    /// <summary>The largest file read: far above the data set's size, far below what would strain the host.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    public static async Task<DataSetReadResult> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        // Read one byte past the limit, so an oversized file is told apart without reading all of it.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return Refused(JsonPath.Root,
                    $"the file is larger than the {MaxBytes / (1024 * 1024)} MB limit. Split it, or check that it is a TradeTalks data set.");
            }
        }

        return Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    public static DataSetReadResult Read(ReadOnlyMemory<byte> bytes)
    {
        var result = ReadChecked(bytes) with { Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes.Span)) };
        if (result.IsValid)
        {
            FoundSound.AddOrUpdate(result.Document!, result);
        }

        return result;
    }

    /// <summary>Whether <paramref name="document"/> is one this reader gave as sound (documents are immutable records).</summary>
    public static bool WasFoundSound(DataSetDocument document) => FoundSound.TryGetValue(document, out _);

    // Held weakly: an entry goes with its document.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DataSetDocument, DataSetReadResult> FoundSound = new();

    private static DataSetReadResult ReadChecked(ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return Refused(JsonPath.Root, $"the file is larger than the {MaxBytes / (1024 * 1024)} MB limit. Split it, or check that it is a TradeTalks data set.");
        }

        // Editors on some systems save a byte-order mark; it is not part of the data.
        if (bytes.Span.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        if (bytes.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return Refused(JsonPath.Root, "the file is empty. Give a data set: { \"formatVersion\": 1, \"sources\": [...], ... }.");
        }

        if (FirstInvalidUtf8Byte(bytes.Span) is { } badByte)
        {
            return Refused(JsonPath.Root, string.Create(CultureInfo.InvariantCulture,
                $"the file is not UTF-8 text (the first bad byte is at offset {badByte}). Save it as UTF-8 and try again."));
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0);
            var column = CharacterColumn(bytes.Span, line, (int)(exception.BytePositionInLine ?? 0));
            return Refused(JsonPath.Root, string.Create(CultureInfo.InvariantCulture,
                $"the file is not valid JSON: line {line + 1}, column {column}: {FirstSentence(exception.Message)} Fix the JSON there (a missing comma, quote or bracket is the usual cause)."));
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Refused(JsonPath.Root, "the file holds no object. Expected a data set: { \"formatVersion\": 1, \"sources\": [...], ... }.");
            }

            List<DataSetProblem> problems;
            DataSetDocument document;
            try
            {
                problems = [.. DataSetSchema.Check(root)];
                (document, var paths) = ReadRecords(root, problems);
                problems.AddRange(DataSetRules.Check(document, paths));
            }
            catch (InvalidOperationException exception)
            {
                // Text JSON accepts but .NET cannot hold, such as an escaped half of a surrogate pair ("\ud800").
                return Refused(JsonPath.Root, $"the file holds text that is not valid Unicode ({FirstSentence(exception.Message)}) Look for a \\u escape of a lone surrogate and correct it.");
            }

            return new(problems.Count == 0 ? document : null, [.. problems.OrderBy(p => p.Path, InFileOrder.Instance)]);
        }
    }

    /// <summary>
    /// Reads each record on its own, so one broken record does not hide the problems of the others. Records that cannot
    /// be read are left out; the schema has already said why, and their keys are kept so references to them do not
    /// count as broken.
    /// </summary>
    private static (DataSetDocument Document, RecordPaths Paths) ReadRecords(JsonElement root, List<DataSetProblem> problems)
    {
        var paths = new RecordPaths();
        var unreadable = paths.Unreadable;
        var reported = problems.Select(p => p.Path).ToList();

        IReadOnlyList<IEntry> Records(Type type, string property)
        {
            var records = new List<IEntry>();
            if (!root.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
            {
                return records;
            }

            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                var path = JsonPath.Index(JsonPath.Property(JsonPath.Root, property), index++);
                try
                {
                    var record = (IEntry?)element.Deserialize(type, DataSetJson.Options) ?? throw new JsonException("The record is null.");
                    paths.Add(record, path);
                    records.Add(record);
                }
                catch (JsonException exception)
                {
                    CollectKeys(element, unreadable);
                    // The schema names what is wrong; say it here only if it did not.
                    if (!reported.Any(p => p == path || p.StartsWith(path + ".", StringComparison.Ordinal) || p.StartsWith(path + "[", StringComparison.Ordinal)))
                    {
                        problems.Add(new(path, $"the record cannot be read: {FirstSentence(exception.Message)}"));
                    }
                }
            }

            return records;
        }

        var document = Kinds.TopLevel.Aggregate(new DataSetDocument
        {
            Schema = root.TryGetProperty("$schema", out var schema) && schema.ValueKind == JsonValueKind.String ? schema.GetString() : null,
            FormatVersion = root.TryGetProperty("formatVersion", out var version) && version.TryGetInt32(out var v) ? v : 0,
        }, (document, kind) => kind.Read(document, Records));
        return (document, paths);
    }

    private static void CollectKeys(JsonElement element, HashSet<string> keys)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals("key") && property.Value.ValueKind == JsonValueKind.String)
            {
                keys.Add(property.Value.GetString()!);
            }
            else if (property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in property.Value.EnumerateArray())
                {
                    CollectKeys(child, keys);
                }
            }
        }
    }

    /// <summary>Orders paths roughly as the file does: by kind in the format's order, then by position in the arrays.</summary>
    private sealed partial class InFileOrder : IComparer<string>
    {
        public static readonly InFileOrder Instance = new();

        private static readonly string[] InOrder = ["$schema", "formatVersion", .. DataSets.Kinds.TopLevel.Select(k => k.Property)];

        public int Compare(string? x, string? y)
        {
            var (kindX, indexesX) = Parse(x ?? "");
            var (kindY, indexesY) = Parse(y ?? "");
            var byKind = kindX.CompareTo(kindY);
            if (byKind != 0)
            {
                return byKind;
            }

            for (var i = 0; i < Math.Min(indexesX.Count, indexesY.Count); i++)
            {
                if (indexesX[i] != indexesY[i])
                {
                    return indexesX[i].CompareTo(indexesY[i]);
                }
            }

            return indexesX.Count.CompareTo(indexesY.Count);
        }

        private static (int Kind, List<int> Indexes) Parse(string path)
        {
            var kind = Array.IndexOf(InOrder, KindName().Match(path).Groups[1].Value);
            var indexes = Index().Matches(path).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            return (kind < 0 ? -1 : kind, indexes);
        }

        [System.Text.RegularExpressions.GeneratedRegex(@"^\$\.([A-Za-z$]+)")]
        private static partial System.Text.RegularExpressions.Regex KindName();

        [System.Text.RegularExpressions.GeneratedRegex(@"\[(\d+)\]")]
        private static partial System.Text.RegularExpressions.Regex Index();
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static int? FirstInvalidUtf8Byte(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return read;
    }

    /// <summary>The 1-based column in characters of a byte position in a line, as an editor counts it.</summary>
    private static int CharacterColumn(ReadOnlySpan<byte> bytes, int line, int bytePosition)
    {
        var start = 0;
        for (var i = 0; i < line && start < bytes.Length; i++)
        {
            var next = bytes[start..].IndexOf((byte)'\n');
            start = next < 0 ? bytes.Length : start + next + 1;
        }

        var length = Math.Clamp(bytePosition, 0, bytes.Length - start);
        return System.Text.Encoding.UTF8.GetCharCount(bytes.Slice(start, length)) + 1;
    }

    private static DataSetReadResult Refused(string path, string message) => new(null, [new(path, message)]);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') + "." : message[..(end + 1)];
    }
}
