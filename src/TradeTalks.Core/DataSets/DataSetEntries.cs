using System.Text.Json;
using System.Text.Json.Nodes;

namespace TradeTalks.DataSets;

/// <summary>
/// A data set as JSON entries, kind by kind: how the editor and the history handle records of every kind alike.
/// A top-level entry carries its children (a tariff layer its changes, a truce window its extensions and items).
/// </summary>
public static class DataSetEntries
{
    /// <summary>The top-level kinds, as the data set names them, in the order the data set lists them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [.. DataSets.Kinds.TopLevel.Select(k => k.Name)];

    public static bool IsKind(string? kind) => kind is not null && Kinds.Contains(kind, StringComparer.Ordinal);

    public static JsonObject ToJson(DataSetDocument document) =>
        JsonSerializer.SerializeToNode(document, DataSetJson.Options)!.AsObject();

    /// <summary>One entry as the data set writes it.</summary>
    public static JsonObject ToJson(IEntry entry) =>
        JsonSerializer.SerializeToNode(entry, entry.GetType(), DataSetJson.Options)!.AsObject();

    public static byte[] ToBytes(JsonObject document) => JsonSerializer.SerializeToUtf8Bytes(document, DataSetJson.Options);

    /// <summary>Each kind's entries by key, in the data set's order.</summary>
    public static Dictionary<string, Dictionary<string, JsonObject>> ByKind(DataSetDocument document)
    {
        var json = ToJson(document);
        return Kinds.ToDictionary(kind => kind, kind => Entries(json, kind).OfType<JsonObject>().ToDictionary(e => Key(e)!, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The entries of one kind; an absent list is created, so it can be added to.</summary>
    public static JsonArray Entries(JsonObject document, string kind)
    {
        if (document[kind] is JsonArray entries)
        {
            return entries;
        }

        var created = new JsonArray();
        document[kind] = created;
        return created;
    }

    public static string? Key(JsonNode? entry) =>
        entry is JsonObject o && o["key"] is JsonValue v && v.TryGetValue<string>(out var key) ? key : null;

    public static int IndexOf(JsonArray entries, string key)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (Key(entries[i]) == key)
            {
                return i;
            }
        }

        return -1;
    }
}
