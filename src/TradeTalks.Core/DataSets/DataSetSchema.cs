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

        // The schema library compares numbers as decimals and throws on one beyond decimal's range (1e400): such a
        // number is reported here, and the schema checks a copy with a 0 in its place (its finding there is dropped).
        var problems = new List<DataSetProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var evaluated = root;
        foreach (var segments in UnreadableNumbers(root, []))
        {
            var problem = new DataSetProblem(
                JsonPath.FromSegments(segments),
                $"{Time.UserInput.Shorten(JsonPath.Find(root, segments)!.Value.GetRawText())} is a number too large to read. Expected: {ExpectedAt(document, segments)}");
            seen.Add(problem.Path);
            problems.Add(problem);
        }

        if (problems.Count > 0)
        {
            evaluated = WithZeros(root, seen);
        }

        // Most files are sound, and a flag says so in a fraction of the time a list of every finding takes (figures in
        // docs/performance.md): the list is worked out only for a file that has findings.
        if (problems.Count == 0 && schema.Evaluate(evaluated, new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true }).IsValid)
        {
            return [];
        }

        var results = schema.Evaluate(evaluated, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return problems;
        }

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
        if (evaluationPath.EndsWith("/additionalProperties", StringComparison.Ordinal) && segments.Count > 0)
        {
            // The refusing schema sits under the object schema's additionalProperties keyword.
            var parent = Navigate(document, schemaFragment[..Math.Max(0, schemaFragment.IndexOf("/additionalProperties", StringComparison.Ordinal))]);
            var allowed = parent?["properties"] is JsonObject properties ? string.Join(", ", properties.Select(p => p.Key)) : "the documented fields";
            yield return new(path, $"unknown field \"{segments[^1]}\"; check its spelling or remove it. Fields allowed here: {allowed}.");
            yield break;
        }

        if (keyword == "required")
        {
            var required = subschema?["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [];
            foreach (var field in required.Where(f => instance is not { ValueKind: JsonValueKind.Object } o || !o.TryGetProperty(f, out _)))
            {
                var fieldSchema = Resolve(document, subschema?["properties"]?[field]);
                yield return new(JsonPath.Property(path, field), $"missing field \"{field}\"; add it. Expected: {Expected(fieldSchema)}");
            }

            yield break;
        }

        yield return new(path, keyword switch
        {
            "type" => $"{Found(instance)} is the wrong type. Expected: {expected}",
            "enum" => $"{Found(instance)} is not one of the allowed values. Expected one of: {string.Join(", ", subschema?["enum"]?.AsArray().Select(v => v!.ToJsonString()) ?? [])}.",
            "const" => $"{Found(instance)} is not a format version this app reads. Expected: {subschema?["const"]?.ToJsonString()}.",
            "minimum" or "maximum" => $"{Found(instance)} is out of range. Expected: {expected}",
            "minItems" when subschema?["minItems"]?.GetValue<int>() == 1 => $"the list is empty. Expected: {expected}",
            "minLength" => $"the text is empty. Expected: {Length(subschema, tooLong: false)}",
            "maxLength" => $"the text is {(instance?.GetString()?.Length ?? 0).ToString(CultureInfo.InvariantCulture)} characters long, more than the {subschema?["maxLength"]} allowed; shorten it. Expected: {Length(subschema, tooLong: true)}",
            "pattern" or "format" => $"{Found(instance)} is not a valid value here. Expected: {expected}",
            _ => $"{libraryMessage}. Expected: {expected}",
        });
    }

    /// <summary>What a (sub)schema wants, in words: its description, or its type.</summary>
    private static string Expected(JsonNode? subschema) =>
        subschema is not JsonObject
            ? "see docs/data.md."
            : subschema["description"]?.GetValue<string>() is { } description
                ? description
                : subschema["type"]?.ToString() is { } type ? $"a {type}." : "see docs/data.md.";

    /// <summary>
    /// The length a text may have. Said in so many words: a description such as "Anything else." would not tell
    /// the reader what is wrong with a text that is too long.
    /// </summary>
    private static string Length(JsonNode? subschema, bool tooLong)
    {
        var min = tooLong ? 0 : subschema?["minLength"]?.GetValue<int>() ?? 0;
        var max = subschema?["maxLength"]?.GetValue<int>();
        var characters = max == 1 ? "character" : "characters";
        return (min, max) switch
        {
            ( > 0, { } most) => string.Create(CultureInfo.InvariantCulture, $"text of {min} to {most} {characters}."),
            (_, { } most) => string.Create(CultureInfo.InvariantCulture, $"text of at most {most} {characters}."),
            _ => string.Create(CultureInfo.InvariantCulture, $"text of at least {min} character{(min == 1 ? "" : "s")}."),
        };
    }

    /// <summary>What the schema wants at an instance path, found through properties, items and references.</summary>
    private static string ExpectedAt(JsonNode document, IReadOnlyList<string> segments)
    {
        var current = Resolve(document, document);
        foreach (var segment in segments)
        {
            current = current is not JsonObject node
                ? null
                : int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                    ? Resolve(document, node["items"])
                    : Resolve(document, node["properties"]?[segment]);
        }

        return current?["const"] is { } constant ? $"{constant.ToJsonString()}." : Expected(current);
    }

    /// <summary>The JSON Pointer segments of every number that does not fit a decimal.</summary>
    private static IEnumerable<IReadOnlyList<string>> UnreadableNumbers(JsonElement element, List<string> segments)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number when !element.TryGetDecimal(out _):
                yield return [.. segments];
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    segments.Add(property.Name);
                    foreach (var found in UnreadableNumbers(property.Value, segments))
                    {
                        yield return found;
                    }

                    segments.RemoveAt(segments.Count - 1);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    segments.Add((index++).ToString(CultureInfo.InvariantCulture));
                    foreach (var found in UnreadableNumbers(item, segments))
                    {
                        yield return found;
                    }

                    segments.RemoveAt(segments.Count - 1);
                }

                break;
        }
    }

    /// <summary>A copy of the document with 0 at each of the given paths.</summary>
    private static JsonElement WithZeros(JsonElement root, IReadOnlySet<string> paths)
    {
        JsonNode? Copy(JsonElement element, string path) => element.ValueKind switch
        {
            JsonValueKind.Number when paths.Contains(path) => JsonValue.Create(0),
            JsonValueKind.Object => new JsonObject(element.EnumerateObject().Select(p =>
                KeyValuePair.Create(p.Name, Copy(p.Value, JsonPath.Property(path, p.Name))))),
            JsonValueKind.Array => new JsonArray([.. element.EnumerateArray().Select((item, i) => Copy(item, JsonPath.Index(path, i)))]),
            _ => JsonNode.Parse(element.GetRawText()),
        };

        return JsonSerializer.SerializeToElement(Copy(root, JsonPath.Root));
    }

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
        node is JsonObject o && o["$ref"]?.GetValue<string>() is { } reference ? Navigate(document, reference[reference.IndexOf('#', StringComparison.Ordinal)..]) : node;

    private static JsonNode? Navigate(JsonNode document, string fragment)
    {
        var current = document;
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
