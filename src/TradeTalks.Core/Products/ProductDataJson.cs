using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TradeTalks.Products;

/// <summary>
/// The bundled product data as JSON (data/products/products.schema.json describes it). Descriptions, and the pairs of
/// programme and heading, are held once, in tables that the lines point into, and a day that the line's context implies is left out (a line present
/// from the first revision has no "from"; an open span has no "until"), so the file stays small. Written the same way
/// byte for byte from the same data, so that a rebuild from the same inputs is identical.
/// </summary>
public static class ProductDataJson
{
    public const string FileName = "products.json";
    public const string SchemaName = "products.schema.json";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(ProductData data)
    {
        var descriptions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in data.Lines.SelectMany(l => l.Path))
        {
            descriptions.TryAdd(text, descriptions.Count);
        }

        var programmes = new Dictionary<(string, string), int>();
        foreach (var listing in data.Lines.SelectMany(l => l.Listings).OrderBy(l => l.Programme, StringComparer.Ordinal).ThenBy(l => l.Heading, StringComparer.Ordinal))
        {
            programmes.TryAdd((listing.Programme, listing.Heading), programmes.Count);
        }

        var first = data.Revisions[0].EffectiveOn;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaName);
            json.WriteStartObject("lastRevision");
            WriteRevision(json, data.LastRevision);
            json.WriteEndObject();
            json.WriteStartArray("revisions");
            foreach (var revision in data.Revisions)
            {
                json.WriteStartObject();
                WriteRevision(json, revision);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("descriptions");
            foreach (var text in descriptions.Keys)
            {
                json.WriteStringValue(text);
            }

            json.WriteEndArray();
            json.WriteStartArray("programmes");
            foreach (var (programme, heading) in programmes.Keys)
            {
                json.WriteStartObject();
                json.WriteString("programme", programme);
                json.WriteString("heading", heading);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("lines");
            foreach (var line in data.Lines)
            {
                WriteLine(json, line, descriptions, programmes, first);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteRevision(Utf8JsonWriter json, ScheduleRevision revision)
    {
        json.WriteString("name", revision.Name);
        json.WriteString("effectiveOn", Day(revision.EffectiveOn));
    }

    private static void WriteLine(Utf8JsonWriter json, ProductLine line, Dictionary<string, int> descriptions, Dictionary<(string, string), int> programmes, DateOnly first)
    {
        json.WriteStartObject();
        json.WriteString("hts10", line.Hts10);
        json.WriteStartArray("path");
        foreach (var text in line.Path)
        {
            json.WriteNumberValue(descriptions[text]);
        }

        json.WriteEndArray();
        WriteDays(json, line.InSchedule, first);
        json.WriteStartArray("rates");
        foreach (var rate in line.GeneralRates)
        {
            json.WriteStartObject();
            WriteDays(json, rate.Days, line.InSchedule.From);
            json.WriteString("text", rate.Text);
            if (rate.AdValoremPercent is { } percent)
            {
                json.WriteNumber("adValorem", percent);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (line.Listings.Count > 0)
        {
            json.WriteStartArray("listings");
            foreach (var listing in line.Listings)
            {
                json.WriteStartObject();
                json.WriteNumber("programme", programmes[(listing.Programme, listing.Heading)]);
                WriteDays(json, listing.Days, line.InSchedule.From);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>"from" only where it differs from the day the context implies; "until" only where the span ends.</summary>
    private static void WriteDays(Utf8JsonWriter json, DaySpan days, DateOnly implied)
    {
        if (days.From != implied)
        {
            json.WriteString("from", Day(days.From));
        }

        if (days.Until is { } until)
        {
            json.WriteString("until", Day(until));
        }
    }

    public static ProductData Read(Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var revisions = root.GetProperty("revisions").EnumerateArray()
            .Select(r => new ScheduleRevision(r.GetProperty("name").GetString()!, ParseDay(r.GetProperty("effectiveOn").GetString()!))).ToList();
        var descriptions = root.GetProperty("descriptions").EnumerateArray().Select(d => d.GetString()!).ToArray();
        var programmes = root.GetProperty("programmes").EnumerateArray()
            .Select(p => new ProductListing(p.GetProperty("programme").GetString()!, p.GetProperty("heading").GetString()!, default)).ToArray();
        var first = revisions[0].EffectiveOn;
        var lines = new List<ProductLine>(root.GetProperty("lines").GetArrayLength());
        foreach (var line in root.GetProperty("lines").EnumerateArray())
        {
            var inSchedule = ReadDays(line, first);
            var path = line.GetProperty("path").EnumerateArray().Select(i => descriptions[i.GetInt32()]).ToArray();
            var rates = line.GetProperty("rates").EnumerateArray().Select(r => new GeneralRate(
                ReadDays(r, inSchedule.From), r.GetProperty("text").GetString()!, r.TryGetProperty("adValorem", out var percent) ? percent.GetDecimal() : null)).ToArray();
            var listings = line.TryGetProperty("listings", out var found)
                ? found.EnumerateArray().Select(l => programmes[l.GetProperty("programme").GetInt32()] with { Days = ReadDays(l, inSchedule.From) }).ToArray()
                : [];
            lines.Add(new ProductLine(line.GetProperty("hts10").GetString()!, path, inSchedule, rates, listings));
        }

        return new ProductData(revisions, lines);
    }

    private static DaySpan ReadDays(JsonElement element, DateOnly implied) => new(
        element.TryGetProperty("from", out var from) ? ParseDay(from.GetString()!) : implied,
        element.TryGetProperty("until", out var until) ? ParseDay(until.GetString()!) : null);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
