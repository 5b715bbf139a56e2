using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TradeTalks.DataSets;

namespace TradeTalks.Web.Editing;

public enum EditFieldType
{
    Key,
    Text,
    LongText,
    Day,
    Instant,
    Number,
    Boolean,
    Choice,
    Sources,
    Reference,
    References,
    Children,
}

/// <summary>One field of a form, read from the data set's schema: its kind of input, label, help and limits.</summary>
public sealed record FieldSpec(
    string Name,
    string Label,
    string? Help,
    EditFieldType Type,
    bool Required,
    int? MaxLength,
    IReadOnlyList<FieldChoice> Options,
    string? ReferenceKind,
    string? ChildDefinition);

/// <summary>One value a choice field can take, as the data file spells it and as the form words it.</summary>
public sealed record FieldChoice(string Value, string Label);

/// <summary>
/// The editor's forms, generated from <c>data/tradetalks.schema.json</c>: each kind's fields, their types, what they
/// refer to and their limits come from the same schema the import checks against, so a form and a file cannot
/// disagree about what a record is. Only what the schema cannot say (which kind a key refers to, labels) is here.
/// </summary>
public sealed partial class EditSchema
{
    /// <summary>Fields that hold the key of a record of another kind; "@extensions" means the window's own extensions.</summary>
    private static readonly Dictionary<string, string> References = new(StringComparer.Ordinal)
    {
        ["participants"] = "people",
        ["person"] = "people",
        ["talk"] = "talks",
        ["layer"] = "tariffLayers",
        ["measure"] = "measures",
        ["extension"] = "@extensions",
    };

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["url"] = "Web address",
        ["lowestRate"] = "Lowest rate, if it varies",
        ["endsLayer"] = "This change ends the layer",
        ["scheduledOnly"] = "Scheduled end only: no report that it happened",
        ["publisherSiteOnly"] = "Only the publisher's site is known",
        ["effectiveAt"] = "Effective at (instant)",
        ["signedAt"] = "Signed at (instant)",
        ["sources"] = "Sources",
    };

    /// <summary>
    /// Help where the schema's words are for people writing files rather than filling in forms (they name fields and
    /// values as the file spells them, or speak of keys where the form offers a list): by "definition.field", or by
    /// field for every kind.
    /// </summary>
    private static readonly Dictionary<string, string> Helps = new(StringComparer.Ordinal)
    {
        ["sources"] = "Pick the sources this comes from; at least one. A source not listed yet is added under Sources first.",
        ["participants"] = "Pick the people who took part.",
        ["tariffChange.endsLayer"] = "Tick when the layer stops applying here; the rate is then 0.",
        ["tariffChange.scheduledOnly"] = "Tick with the end above when the end comes only from the order's schedule and no report says it happened; pages then say \"scheduled to end\".",
        ["source.publisherSiteOnly"] = "Tick when the document itself was not found and the web address is only the publisher's site; pages then say so. A home page is refused without it.",
        ["source.kind"] = "A record that rests on this source alone is marked \"single source\" unless this is the publisher's own document.",
        ["tariffChange.effectiveAt"] = "The instant the rate applies from; leave it empty for 00:01 US Eastern on the day it takes effect.",
        ["truceExtension.signedAt"] = "When it counts as known; leave it empty for the start of the day it was signed, in US Eastern.",
        ["measureChange.at"] = "The instant it applies from; leave it empty for 00:01 US Eastern on the day.",
        ["claim.kind"] = "A commitment said to be broken (the usual case), or a promise one side says the other made that no text confirms.",
        ["claim.person"] = "The official who made it, when named.",
        ["statement.person"] = "The person who spoke; or, when no person did, the organisation under Speaker.",
        ["truceItem.layer"] = "The tariff layer whose points are suspended.",
        ["truceItem.measure"] = "The measure suspended.",
        ["truceItem.extension"] = "The extension of this truce that added the item.",
        ["commitment.talk"] = "The talk it was made at.",
        ["commitment.quantity"] = "How much, in the unit below.",
        ["productProgramme.effect"] = "What it does to the lines it names: charges its tariff layer's rate (the usual case), names lines under a suspended heading, or takes them out of the reciprocal duty, Section 122 or Section 301.",
        ["productProgramme.basis"] = "What its rate is charged on: the full value (the usual case), or the steel, aluminium or copper content only.",
        ["productProgramme.takesPrecedence"] = "Tick for Section 232 programmes: goods they charge pay neither the reciprocal duty nor Section 122 (on the metal content only, where the rate is charged on it).",
        ["productProgramme.layer"] = "The tariff layer whose rate it charges; leave it empty when it charges nothing or no rate is on record.",
    };

    private readonly JsonObject _definitions;
    private readonly Dictionary<string, IReadOnlyList<FieldSpec>> _fields = new(StringComparer.Ordinal);

    private EditSchema(JsonObject schema) => _definitions = schema["$defs"]!.AsObject();

    public static EditSchema Instance { get; } = new(JsonNode.Parse(BundledFiles.ReadText(BundledFiles.SchemaName))!.AsObject());

    /// <summary>The schema definition a top-level kind's entries follow: "talks" → "talk".</summary>
    public static string DefinitionOf(string kind) => kind switch
    {
        "people" => "person",
        "sources" => "source",
        _ => kind.TrimEnd('s'),
    };

    public IReadOnlyList<FieldSpec> Fields(string definition)
    {
        lock (_fields)
        {
            if (!_fields.TryGetValue(definition, out var fields))
            {
                _fields[definition] = fields = Read(definition);
            }

            return fields;
        }
    }

    private List<FieldSpec> Read(string definition)
    {
        var def = _definitions[definition]!.AsObject();
        var required = def["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        var list = new List<FieldSpec>();
        foreach (var (name, node) in def["properties"]!.AsObject())
        {
            var property = node!.AsObject();
            var reference = RefName(property);
            var target = reference is null ? property : _definitions[reference]!.AsObject();
            // A side's own description lists the file's spellings of its values; the choices already say them in words.
            var help = Helps.GetValueOrDefault($"{definition}.{name}") ?? Helps.GetValueOrDefault(name)
                ?? Text(property["description"]) ?? (reference == "side" ? null : Text(target["description"]));
            var maxLength = (int?)target["maxLength"]?.GetValue<int>() ?? (int?)property["maxLength"]?.GetValue<int>();
            var options = (property["enum"] ?? target["enum"])?.AsArray().Select(o => o!.GetValue<string>()).ToList() ?? [];
            var type = reference switch
            {
                "key" when name == "key" => EditFieldType.Key,
                "key" when References.ContainsKey(name) => EditFieldType.Reference,
                "key" => EditFieldType.Text,
                "sourceKeys" => EditFieldType.Sources,
                "day" => EditFieldType.Day,
                "instant" => EditFieldType.Instant,
                "rate" => EditFieldType.Number,
                "zone" => EditFieldType.Text,
                _ when options.Count > 0 => EditFieldType.Choice,
                _ => Text(target["type"]) switch
                {
                    "number" or "integer" => EditFieldType.Number,
                    "boolean" => EditFieldType.Boolean,
                    "array" when RefName(target["items"]!.AsObject()) == "key" => EditFieldType.References,
                    "array" => EditFieldType.Children,
                    _ when maxLength > 400 => EditFieldType.LongText,
                    _ => EditFieldType.Text,
                },
            };
            var child = type == EditFieldType.Children ? RefName(target["items"]!.AsObject()) : null;
            list.Add(new(name, Labels.GetValueOrDefault(name) ?? Humanize(name), help, type, required.Contains(name), maxLength,
                [.. options.Select(o => new FieldChoice(o, FieldChoices.Label(definition, reference == "side" ? "side" : name, o)))],
                References.GetValueOrDefault(name), child));
        }

        return list;
    }

    /// <summary>
    /// Puts each list of children in date order (a layer's changes by the day they take effect), as the data set
    /// keeps them: an editor adds a change at the end of the form, wherever it falls in time.
    /// </summary>
    public void SortChildren(string definition, JsonObject entry)
    {
        foreach (var field in Fields(definition).Where(f => f.Type == EditFieldType.Children))
        {
            if (entry[field.Name] is not JsonArray children)
            {
                continue;
            }

            var day = Fields(field.ChildDefinition!).FirstOrDefault(f => f.Type == EditFieldType.Day && f.Required)?.Name;
            foreach (var child in children.OfType<JsonObject>())
            {
                SortChildren(field.ChildDefinition!, child);
            }

            if (day is null)
            {
                continue;
            }

            var sorted = children.Select((c, i) => (Child: c, Index: i))
                .OrderBy(c => c.Child?[day] is JsonValue v && v.TryGetValue<string>(out var text) ? text : "9999", StringComparer.Ordinal)
                .ThenBy(c => c.Index)
                .Select(c => c.Child)
                .ToList();
            children.Clear();
            foreach (var child in sorted)
            {
                children.Add(child);
            }
        }
    }

    /// <summary>A field's path as a form names it: "changes[5].rate" → "Tariff change 6 › Rate".</summary>
    public string Describe(string definition, string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var match = IndexedName().Match(segment);
            var name = match.Success ? match.Groups[1].Value : segment;
            var field = Fields(definition).FirstOrDefault(f => f.Name == name);
            if (field is null)
            {
                parts.Add(segment);
                break;
            }

            if (match.Success && field.ChildDefinition is { } child)
            {
                var id = match.Groups[2].Value;
                parts.Add(int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    ? $"{Humanize(child)} {index + 1}"
                    : $"{Humanize(child)} {id}");
                definition = child;
            }
            else
            {
                parts.Add(field.Label);
            }
        }

        return string.Join(" › ", parts);
    }

    /// <summary>"effectiveOn" → "Effective on".</summary>
    public static string Humanize(string name)
    {
        var words = CamelWords().Replace(name, " $1").TrimStart().ToLowerInvariant();
        return char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }

    /// <summary>"tariffChange" → "tariff change".</summary>
    public static string Noun(string definition) => Humanize(definition).ToLowerInvariant();

    private static string? RefName(JsonObject property) => Text(property["$ref"])?.Split('/')[^1];

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    [GeneratedRegex(@"^([A-Za-z]+)\[([^\]]+)\]$")]
    private static partial Regex IndexedName();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex CamelWords();
}
