using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace TradeTalks.DataSets;

/// <summary>
/// The data set's JSON Schema (<c>data/tradetalks.schema.json</c>, built into the app) and the checks it makes: fields,
/// types, formats and ranges. Its findings are put in the reader's words: what is wrong and what the field expects.
/// </summary>
public static class DataSetSchema
{
    private static readonly Lazy<(JsonSchema Schema, JsonNode Document)> Loaded = new(Load);

    /// <summary>The schema's text, as committed.</summary>
    public static string Text => BundledFiles.ReadText(BundledFiles.SchemaName);

    public static IReadOnlyList<DataSetProblem> Check(JsonElement root)
    {
        var (schema, document) = Loaded.Value;
        var results = schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        var problems = new List<DataSetProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is null)
            {
                continue;
            }

            var segments = JsonPath.Segments(detail.InstanceLocation.ToString());
            var instance = JsonPath.Find(root, segments);
            var subschema = Navigate(document, detail.SchemaLocation.Fragment);
            var evaluationPath = detail.EvaluationPath.ToString();
            foreach (var (keyword, libraryMessage) in detail.Errors)
            {
                foreach (var problem in Describe(keyword, libraryMessage, segments, instance, subschema, evaluationPath, detail.SchemaLocation.Fragment, document))
                {
                    // A value can break several keywords of one definition (pattern and format); one message is enough.
                    if (seen.Add(problem.Path))
                    {
                        problems.Add(problem);
                    }
                }
            }
        }

        return problems;
    }

    private static IEnumerable<DataSetProblem> Describe(
        string keyword, string libraryMessage, IReadOnlyList<string> segments, JsonElement? instance, JsonNode? subschema,
        string evaluationPath, string schemaFragment, JsonNode document)
    {
        var path = JsonPath.FromSegments(segments);
        var expected = Expected(subschema);
        if (evaluationPath.EndsWith("/additionalProperties", StringComparison.Ordinal))
        {
            // The refusing schema sits under the object schema's additionalProperties keyword.
            var parent = Navigate(document, schemaFragment[..Math.Max(0, schemaFragment.IndexOf("/additionalProperties", StringComparison.Ordinal))]);
            var allowed = parent?["properties"] is JsonObject properties ? string.Join(", ", properties.Select(p => p.Key)) : "the documented fields";
            yield return new(path, $"unknown field \"{segments[^1]}\"; check its spelling or remove it. Fields allowed here: {allowed}.");
            yield break;
        }

        switch (keyword)
        {
            case "required":
                var required = subschema?["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [];
                foreach (var field in required.Where(f => instance is not { ValueKind: JsonValueKind.Object } o || !o.TryGetProperty(f, out _)))
                {
                    var fieldSchema = Resolve(document, subschema?["properties"]?[field]);
                    yield return new(JsonPath.Property(path, field), $"missing field \"{field}\"; add it. Expected: {Expected(fieldSchema)}");
                }

                yield break;
            case "type":
                yield return new(path, $"{Found(instance)} is the wrong type. Expected: {expected}");
                yield break;
            case "enum":
                var values = string.Join(", ", subschema?["enum"]?.AsArray().Select(v => v!.ToJsonString()) ?? []);
                yield return new(path, $"{Found(instance)} is not one of the allowed values. Expected one of: {values}.");
                yield break;
            case "const":
                yield return new(path, $"{Found(instance)} is not a format version this app reads. Expected: {subschema?["const"]?.ToJsonString()}.");
                yield break;
            case "minimum":
            case "maximum":
                yield return new(path, $"{Found(instance)} is out of range. Expected: {expected}");
                yield break;
            case "minItems" when (subschema?["minItems"]?.GetValue<int>() == 1):
                yield return new(path, $"the list is empty. Expected: {expected}");
                yield break;
            case "minLength":
                yield return new(path, $"the text is empty. Expected: {expected}");
                yield break;
            case "maxLength":
                var length = instance?.GetString()?.Length ?? 0;
                yield return new(path, $"the text is {length.ToString(CultureInfo.InvariantCulture)} characters long, more than the {subschema?["maxLength"]} allowed; shorten it. Expected: {expected}");
                yield break;
            case "pattern":
            case "format":
                yield return new(path, $"{Found(instance)} is not a valid value here. Expected: {expected}");
                yield break;
            default:
                yield return new(path, $"{libraryMessage}. Expected: {expected}");
                yield break;
        }
    }

    /// <summary>What a (sub)schema wants, in words: its description, or its type.</summary>
    private static string Expected(JsonNode? subschema) =>
        subschema?["description"]?.GetValue<string>() is { } description
            ? description
            : subschema?["type"]?.ToString() is { } type ? $"a {type}." : "see docs/data.md.";

    private static string Found(JsonElement? instance) => instance switch
    {
        null => "the value",
        { ValueKind: JsonValueKind.String } e => $"\"{Time.UserInput.Shorten(e.GetString()!)}\"",
        { ValueKind: JsonValueKind.Number } e => e.GetRawText(),
        { ValueKind: JsonValueKind.True or JsonValueKind.False } e => e.GetRawText(),
        { ValueKind: JsonValueKind.Null } => "null",
        { ValueKind: JsonValueKind.Array } => "a list",
        { ValueKind: JsonValueKind.Object } => "an object",
        _ => "the value",
    };

    private static JsonNode? Resolve(JsonNode document, JsonNode? node) =>
        node?["$ref"]?.GetValue<string>() is { } reference ? Navigate(document, reference[reference.IndexOf('#', StringComparison.Ordinal)..]) : node;

    private static JsonNode? Navigate(JsonNode document, string fragment)
    {
        JsonNode? current = document;
        foreach (var segment in JsonPath.Segments(fragment.TrimStart('#')))
        {
            current = current switch
            {
                JsonObject o => o[segment],
                JsonArray a when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => null,
            };
        }

        return current;
    }

    private static (JsonSchema, JsonNode) Load()
    {
        var text = Text;
        // A registry of its own: the global one refuses a second schema with the same $id (a test loads the file too).
        return (JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }), JsonNode.Parse(text)!);
    }
}
