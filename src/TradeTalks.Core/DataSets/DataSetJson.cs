using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using TradeTalks.Time;

namespace TradeTalks.DataSets;

/// <summary>
/// How the data set is written and read. Writing is stable, so that export, import and export again give the same
/// bytes: properties in declaration order, two-space indents, "\n" line ends, readable (unescaped) text, numbers
/// without trailing zeros and instants in US Eastern time with their offset.
/// </summary>
public static class DataSetJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);

    /// <summary>The same, on one line: for quoting a value in a message.</summary>
    public static JsonSerializerOptions CompactOptions { get; } = CreateOptions(indented: false);

    public static byte[] Serialize(DataSetDocument document)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(document, Options);
        return [.. bytes, (byte)'\n'];
    }

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
        };
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.Converters.Add(new InstantConverter());
        options.Converters.Add(new DecimalConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Formats an instant as the data set writes it: US Eastern wall time with its offset, seconds always given.</summary>
    public static string FormatInstant(DateTimeOffset instant) =>
        instant.In(Zones.UsEastern).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    /// <summary>Reads an instant that names its offset (or Z); a wall time without one is refused.</summary>
    public static bool TryParseInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (text is null || !System.Text.RegularExpressions.Regex.IsMatch(text, @"(Z|[+-]\d{2}:\d{2})$"))
        {
            return false;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    /// <summary>A number without trailing zeros, so 10.0 and 10 are written alike.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    private sealed class InstantConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TryParseInstant(reader.GetString(), out var instant)
                ? instant.ToUniversalTime()
                : throw new JsonException("Expected an instant such as 2025-05-14T00:01:00-04:00.");

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(FormatInstant(value));
    }

    private sealed class DecimalConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Normalize(reader.GetDecimal());

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(Normalize(value));
    }
}
