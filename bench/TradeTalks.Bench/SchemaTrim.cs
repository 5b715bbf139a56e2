using System.Text.Json.Nodes;

/// <summary>
/// A data set as an older build can read it: every field its schema does not declare is left out. A field added since
/// (a source's kind, a layer end's scheduledOnly) would otherwise make the baseline refuse the whole file, and the
/// side-by-side import would compare nothing.
/// </summary>
internal static class SchemaTrim
{
    public static JsonObject Trim(JsonObject data, JsonObject schema)
    {
        var trimmed = (JsonObject)data.DeepClone();
        TrimNode(trimmed, schema, schema);
        return trimmed;
    }

    private static void TrimNode(JsonNode? node, JsonObject part, JsonObject schema)
    {
        part = Resolve(part, schema);
        switch (node)
        {
            case JsonObject record when part["properties"] is JsonObject properties:
                foreach (var name in record.Select(p => p.Key).ToList())
                {
                    if (properties[name] is JsonObject declared)
                    {
                        TrimNode(record[name], declared, schema);
                    }
                    else if (part["additionalProperties"] is JsonValue allowed && !allowed.GetValue<bool>())
                    {
                        record.Remove(name);
                    }
                }

                break;
            case JsonArray list when part["items"] is JsonObject items:
                foreach (var item in list)
                {
                    TrimNode(item, items, schema);
                }

                break;
        }
    }

    /// <summary>Follows a local <c>$ref</c> ("#/$defs/source") to the part it names.</summary>
    private static JsonObject Resolve(JsonObject part, JsonObject schema)
    {
        while (part["$ref"] is JsonValue reference && reference.GetValue<string>() is ['#', '/', .. var path])
        {
            JsonNode? target = schema;
            foreach (var segment in path.Split('/'))
            {
                target = target?[segment];
            }

            if (target is not JsonObject found)
            {
                break;
            }

            part = found;
        }

        return part;
    }
}
