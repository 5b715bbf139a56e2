using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TradeTalks.Changes;
using TradeTalks.DataSets;
using TradeTalks.History;
using TradeTalks.Time;
using TradeTalks.Web.Components.Shared;
using TradeTalks.Web.Editing;

namespace TradeTalks.Web.Changes;

/// <summary>A correction as a reader reads it: the record's title, what happened to it, the day, and each field before and after.</summary>
/// <param name="What">"Corrected", "Added to the record", "Removed from the record", or a restore named as one.</param>
/// <param name="Kind">The kind's word for one record: "tariff layer".</param>
/// <param name="Page">The reading page the record is found on.</param>
public sealed record CorrectionText(string Title, string What, DateOnly Day, string Kind, IReadOnlyList<string> Lines, string Page)
{
    /// <summary>One line for a feed entry's title: "Correction: Section 301 tariffs: Rate of the change of 1 Jan 2025: 25% → 50%".</summary>
    public string Headline => What switch
    {
        "Corrected" => $"Correction: {Title}" + Lines.Count switch
        {
            0 => "",
            1 => $": {CorrectionWords.Short(Lines[0], 200)}",
            2 => $": {CorrectionWords.Short(Lines[0], 160)}, and one more change",
            _ => $": {CorrectionWords.Short(Lines[0], 160)}, and {Lines.Count - 1} more changes",
        },
        _ => $"Correction: {Title}: {What.ToLowerInvariant()}",
    };
}

/// <summary>
/// Puts a correction from the history into words. Fields are named as the editors' forms name them, values as the
/// pages show them (labels, days, rates, the titles of sources and the names of people), and a record's children by
/// their day or name: never a record's key, and never who made the change.
/// </summary>
public static partial class CorrectionWords
{
    private const int LongestValue = 160;

    public static CorrectionText Describe(Correction correction, RecordNames names)
    {
        var before = Parse(correction.Before);
        var after = Parse(correction.After);
        var entry = after ?? before ?? [];
        var definition = EditSchema.DefinitionOf(correction.Kind);
        var what = (correction.Type, correction.IsRestore) switch
        {
            (RecordChangeType.Added, true) => "Restored after its removal",
            (RecordChangeType.Added, false) => "Added to the record",
            (RecordChangeType.Removed, _) => "Removed from the record",
            (_, true) => "Restored to an earlier version",
            _ => "Corrected",
        };
        IReadOnlyList<string> lines = correction.Type == RecordChangeType.Changed ? Lines(definition, before ?? [], after ?? [], names) : [];
        return new CorrectionText(
            Title(correction.Kind, entry, names), what, Zones.UsEastern.DayOf(correction.At), Kinds.Find(correction.Kind)?.Noun ?? "record", lines,
            RecordKind.OwnerOf(correction.Kind)?.ReadingPage ?? "/timeline");
    }

    /// <summary>A record's title from its entry: its title or name, a release's indicator and period, a statement's speaker and words.</summary>
    public static string Title(string kind, JsonObject entry, RecordNames names)
    {
        string? Text(string field) => entry[field] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
        var title = kind switch
        {
            "tariffLayers" or "truceWindows" or "people" => Text("name"),
            "indicatorReleases" => string.Join(", ", new[] { Text("indicator"), Text("region"), Text("period") }.OfType<string>()),
            "statements" => $"{Text("speaker") ?? (Text("person") is { } person ? names.Of(Kinds.People.Name, person) : null) ?? "A statement"}: “{Short(Text("words") ?? "", 80)}”",
            "claims" => Short(Text("summary") ?? "", 120),
            _ => Text("title"),
        };
        return string.IsNullOrWhiteSpace(title) ? $"A {Kinds.Find(kind)?.Noun ?? "record"}" : title;
    }

    private static List<string> Lines(string definition, JsonObject before, JsonObject after, RecordNames names)
    {
        var lines = new List<string>();
        var children = new HashSet<string>(StringComparer.Ordinal);
        foreach (var difference in EntryDiff.Compare(before, after))
        {
            if (ChildPath().Match(difference.Field) is { Success: true } child)
            {
                var (list, key, field) = (child.Groups[1].Value, child.Groups[2].Value, child.Groups[3].Value);
                var spec = Field(definition, list);
                var childDefinition = spec?.ChildDefinition ?? list;
                var was = Child(before, list, key);
                var now = Child(after, list, key);
                var label = ChildLabel(childDefinition, now ?? was!);
                if (was is null || now is null)
                {
                    // A child added or removed whole is one line, not one per field.
                    if (children.Add(list + "[" + key + "]"))
                    {
                        lines.Add($"{(was is null ? "Added" : "Removed")} {label}");
                    }

                    continue;
                }

                lines.Add(Line(childDefinition, field, difference, names, after, $" of {label}"));
            }
            else
            {
                lines.Add(Line(definition, difference.Field, difference, names, after, ""));
            }
        }

        return lines;
    }

    private static string Line(string definition, string field, FieldDifference difference, RecordNames names, JsonObject entry, string of)
    {
        var label = (Field(definition, field)?.Label ?? EditSchema.Humanize(field)) + of;
        var before = difference.Before is null ? null : Value(definition, field, difference.Before, names, entry);
        var after = difference.After is null ? null : Value(definition, field, difference.After, names, entry);
        return (before, after) switch
        {
            (null, { } added) => $"{label} added: {added}",
            ({ } removed, null) => $"{label} removed (was {removed})",
            _ => $"{label}: {before} → {after}",
        };
    }

    /// <summary>A field's value in the pages' words.</summary>
    public static string Value(string definition, string field, string text, RecordNames names, JsonObject? entry = null)
    {
        var spec = Field(definition, field);
        string Names(string kind) => string.Join("; ", text.Split(", ").Select(key => names.Of(kind, key) ?? "one no longer on record"));
        return spec?.Type switch
        {
            EditFieldType.Sources => Names(Kinds.Sources.Name),
            EditFieldType.References => Names(Kinds.People.Name),
            EditFieldType.Reference when spec.ReferenceKind == "@extensions" =>
                (Child(entry ?? [], "extensions", text) is { } extension ? ChildLabel("truceExtension", extension) : "an extension no longer on record"),
            EditFieldType.Reference => names.Of(spec.ReferenceKind!, text) ?? "one no longer on record",
            EditFieldType.Choice => spec.Options.FirstOrDefault(o => o.Value == text)?.Label ?? EditSchema.Humanize(text),
            EditFieldType.Day when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => Dates.Day(day),
            EditFieldType.Instant when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) =>
                Dates.InZone(instant, Zones.UsEastern, "US Eastern"),
            EditFieldType.Boolean => text == "true" ? "yes" : "no",
            EditFieldType.Number when field is "rate" or "lowestRate" or "points"
                && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) => Percent.Format(rate),
            EditFieldType.Number => text,
            _ => $"“{Short(text, LongestValue)}”",
        };
    }

    /// <summary>A child named by its day or name: "the tariff change of 10 Apr 2025", "the truce extension “Second extension”".</summary>
    private static string ChildLabel(string definition, JsonObject child)
    {
        string? Text(string field) => child[field] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
        var noun = EditSchema.Noun(definition);
        if (new[] { "effectiveOn", "on", "signedOn" }.Select(Text).OfType<string>().FirstOrDefault() is { } dayText
            && DateOnly.TryParseExact(dayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return $"the {noun} of {Dates.Day(day)}";
        }

        return (Text("name") ?? Text("summary")) is { } name ? $"the {noun} “{Short(name, 80)}”" : $"a {noun}";
    }

    /// <summary>The schema's definitions of the kinds and their children: a history older than the schema may name others.</summary>
    private static readonly HashSet<string> Described =
    [
        .. Kinds.TopLevel.Select(k => EditSchema.DefinitionOf(k.Name))
            .SelectMany(d => EditSchema.Instance.Fields(d).Select(f => f.ChildDefinition).OfType<string>().Prepend(d)),
    ];

    private static FieldSpec? Field(string definition, string field) =>
        Described.Contains(definition) ? EditSchema.Instance.Fields(definition).FirstOrDefault(f => f.Name == field) : null;

    private static JsonObject? Child(JsonObject entry, string list, string key) =>
        entry[list] is JsonArray children ? children.OfType<JsonObject>().FirstOrDefault(c => c["key"] is JsonValue v && v.TryGetValue<string>(out var k) && k == key) : null;

    private static JsonObject? Parse(string? json) => json is null ? null : JsonNode.Parse(json) as JsonObject;

    internal static string Short(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";

    [GeneratedRegex(@"^([A-Za-z]+)\[([^\]]+)\]\.(.+)$")]
    private static partial Regex ChildPath();
}
