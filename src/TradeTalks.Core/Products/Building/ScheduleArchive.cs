using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace TradeTalks.Products.Building;

/// <summary>One HTS10 line as one revision of the schedule holds it: its description path and its general rate text.</summary>
public sealed record ArchiveLine(IReadOnlyList<string> Path, string GeneralRate);

/// <summary>
/// Reads one revision's archive (a gzipped JSON array of the schedule's rows, in the schedule's order). A row's indent
/// places it under the rows above it; a row without a code is indent-level text ("Horses:"), part of the path of the
/// lines below it. An HTS10 line takes the general rate of the nearest row above it, at a lower indent, that gives
/// one (its HTS8 line), unless it gives its own.
/// </summary>
public static class ScheduleArchive
{
    public static IReadOnlyDictionary<string, ArchiveLine> Read(InputFolder folder, string name)
    {
        JsonDocument document;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(folder.ReadAllBytes(name)), CompressionMode.Decompress);
            document = JsonDocument.Parse(gzip);
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException)
        {
            throw new ProductInputException($"{name}: is not a gzipped JSON array of the schedule's rows ({exception.Message}). Fetch the file again from the named commit.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new ProductInputException($"{name}: is not a JSON array of the schedule's rows.");
            }

            var lines = new Dictionary<string, ArchiveLine>(StringComparer.Ordinal);
            var descriptions = new List<string?>();
            var rates = new List<string?>();
            var row = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                row++;
                var code = Text(element, "htsno", name, row).Replace(".", "", StringComparison.Ordinal).Trim();
                var indent = Indent(element, name, row);
                var description = Text(element, "description", name, row).Trim();
                var general = Text(element, "general", name, row).Trim();
                if (code.Length > 0 && (code.Length > 10 || !code.All(char.IsAsciiDigit)))
                {
                    throw ProductInputException.AtRow(name, row, $"htsno \"{code}\" is not an HTS code (digits and dots).");
                }

                Place(descriptions, indent, description);
                Place(rates, indent, general.Length > 0 ? general : null);
                if (code.Length == 10)
                {
                    var path = descriptions.Where(d => d is not null).Select(d => d!).ToList();
                    var rate = rates.LastOrDefault(r => r is not null) ?? "";
                    lines[code] = new ArchiveLine(path, rate);
                }
            }

            return lines;
        }
    }

    /// <summary>Puts a row's value at its indent, forgetting whatever was deeper: the path to the row.</summary>
    private static void Place(List<string?> levels, int indent, string? value)
    {
        if (levels.Count > indent)
        {
            levels.RemoveRange(indent, levels.Count - indent);
        }

        while (levels.Count < indent)
        {
            levels.Add(null);
        }

        levels.Add(value);
    }

    private static string Text(JsonElement row, string property, string name, int number)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            throw ProductInputException.AtRow(name, number, "is not an object with htsno, indent, description and general.");
        }

        return !row.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null ? ""
            : value.ValueKind == JsonValueKind.String ? value.GetString()!
            : throw ProductInputException.AtRow(name, number, $"{property} is not text.");
    }

    private static int Indent(JsonElement row, string name, int number)
    {
        var text = row.TryGetProperty("indent", out var value) ? value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.ValueKind == JsonValueKind.String ? value.GetString() : null : null;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var indent) && indent < 20
            ? indent
            : throw ProductInputException.AtRow(name, number, $"indent \"{text}\" is not a whole number from 0 to 19.");
    }
}
