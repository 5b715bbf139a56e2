using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TradeTalks.History;

/// <summary>One field of a record before and after a change, as text; null where the field was absent.</summary>
public sealed record FieldDifference(string Field, string? Before, string? After);

/// <summary>
/// Compares two versions of a data-set entry field by field. Children are matched by key, so a tariff layer's changes
/// read as <c>changes[us-2025-04-10].rate</c> whatever their order; a list of keys (sources, participants) is one field.
/// </summary>
public static class EntryDiff
{
    public static IReadOnlyList<FieldDifference> Compare(JsonNode? before, JsonNode? after)
    {
        var old = Flatten(before);
        var @new = Flatten(after);
        return
        [
            .. @new.Keys.Concat(old.Keys.Where(k => !@new.ContainsKey(k)))
                .Where(k => old.GetValueOrDefault(k) != @new.GetValueOrDefault(k))
                .Select(k => new FieldDifference(k, old.GetValueOrDefault(k), @new.GetValueOrDefault(k))),
        ];
    }

    public static IReadOnlyList<FieldDifference> Compare(string? before, string? after) =>
        Compare(before is null ? null : JsonNode.Parse(before), after is null ? null : JsonNode.Parse(after));

    private static Dictionary<string, string> Flatten(JsonNode? node)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is JsonObject entry)
        {
            Flatten(entry, "", fields);
        }

        return fields;
    }

    private static void Flatten(JsonObject entry, string prefix, Dictionary<string, string> fields)
    {
        foreach (var (name, value) in entry)
        {
            var path = prefix + name;
            switch (value)
            {
                case JsonArray children when children.Count > 0 && children.All(c => c is JsonObject):
                    for (var i = 0; i < children.Count; i++)
                    {
                        var child = (JsonObject)children[i]!;
                        var id = child["key"] is JsonValue key && key.TryGetValue<string>(out var text) ? text : i.ToString(CultureInfo.InvariantCulture);
                        Flatten(child, $"{path}[{id}].", fields);
                    }

                    break;
                case JsonArray list:
                    if (list.Count > 0)
                    {
                        fields[path] = string.Join(", ", list.Select(Text));
                    }

                    break;
                case JsonObject inner:
                    Flatten(inner, path + ".", fields);
                    break;
                case null:
                    break;
                default:
                    fields[path] = Text(value);
                    break;
            }
        }
    }

    private static string Text(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value?.ToJsonString() ?? "";
}
