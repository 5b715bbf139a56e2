using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TradeTalks.Bench;

/// <summary>
/// Makes a data set N times the size of the bundled one, for the import path to load. Copy k (1 ≤ k &lt; N) of every
/// record gets "-xk" on its key and on every key it refers to, and every date and instant in it moves k days earlier,
/// so the copies spread over the years before the real record instead of piling onto its days, and the real record
/// stays the newest (what "now" shows is unchanged). Copies of tariff layers are sectoral, not across the board, so
/// the headline rates stay those of the real record while the layer lists grow N-fold.
/// </summary>
public static partial class DataSetScaler
{
    /// <summary>
    /// The same data set in files of at most <paramref name="copiesPerFile"/> copies each, for imports under the
    /// import's size limit. Each copy refers only to itself, so every file checks on its own.
    /// </summary>
    public static IEnumerable<JsonObject> ScaleInFiles(JsonObject original, int factor, int copiesPerFile)
    {
        for (var first = 0; first < factor; first += copiesPerFile)
        {
            yield return Copies(original, first, Math.Min(factor, first + copiesPerFile));
        }
    }

    /// <summary>Copies <paramref name="first"/> to <paramref name="end"/> (exclusive) of every record; copy 0 is the original.</summary>
    private static JsonObject Copies(JsonObject original, int first, int end)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        CollectKeys(original, keys);
        var scaled = (JsonObject)original.DeepClone();
        foreach (var (kind, value) in original)
        {
            if (value is not JsonArray records)
            {
                continue;
            }

            var target = (JsonArray)scaled[kind]!;
            if (first > 0)
            {
                target.Clear();
            }

            for (var copy = Math.Max(1, first); copy < end; copy++)
            {
                foreach (var record in records)
                {
                    var clone = Rewrite(record!.DeepClone(), keys, $"-x{copy}", copy);
                    if (kind == "tariffLayers" && clone is JsonObject layer)
                    {
                        layer["scope"] = "Sectoral";
                        layer["products"] ??= "Named goods (a benchmark copy)";
                    }

                    target.Add(clone);
                }
            }
        }

        return scaled;
    }

    private static void CollectKeys(JsonNode? node, HashSet<string> keys)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["key"] is JsonValue v && v.TryGetValue<string>(out var key))
                {
                    keys.Add(key);
                }

                foreach (var (_, child) in o)
                {
                    CollectKeys(child, keys);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    CollectKeys(child, keys);
                }

                break;
        }
    }

    private static JsonNode? Rewrite(JsonNode? node, HashSet<string> keys, string suffix, int daysEarlier)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var name in o.Select(p => p.Key).ToList())
                {
                    o[name] = Rewrite(o[name]?.DeepClone(), keys, suffix, daysEarlier);
                }

                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    a[i] = Rewrite(a[i]?.DeepClone(), keys, suffix, daysEarlier);
                }

                return a;
            case JsonValue v when v.TryGetValue<string>(out var text):
                if (keys.Contains(text))
                {
                    return JsonValue.Create(text + suffix);
                }

                if (Day().IsMatch(text))
                {
                    return JsonValue.Create(DateOnly.ParseExact(text, "yyyy-MM-dd").AddDays(-daysEarlier).ToString("yyyy-MM-dd"));
                }

                if (Instant().IsMatch(text) && DateTimeOffset.TryParse(text, out var instant))
                {
                    return JsonValue.Create(instant.AddDays(-daysEarlier).ToString("yyyy-MM-dd'T'HH:mm:sszzz"));
                }

                return v;
            default:
                return node;
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex Day();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$")]
    private static partial Regex Instant();
}
