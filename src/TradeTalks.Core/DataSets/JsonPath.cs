using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TradeTalks.DataSets;

/// <summary>Paths into a data set as readers write them: <c>$.talks[3].participants[1]</c>.</summary>
public static partial class JsonPath
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        SimpleName().IsMatch(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string parent, int index) => $"{parent}[{index.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>Turns a JSON Pointer (<c>/talks/3/title</c>) into a path, reading numbers as array indexes.</summary>
    public static string FromPointer(string pointer) => FromSegments(Segments(pointer));

    public static IReadOnlyList<string> Segments(string pointer) =>
        [.. pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];

    public static string FromSegments(IEnumerable<string> segments)
    {
        var path = Root;
        foreach (var segment in segments)
        {
            path = int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? Index(path, index)
                : Property(path, segment);
        }

        return path;
    }

    /// <summary>The element a pointer leads to, when it leads anywhere.</summary>
    public static JsonElement? Find(JsonElement root, IEnumerable<string> segments)
    {
        var current = root;
        foreach (var segment in segments)
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array
                && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_]*$")]
    private static partial Regex SimpleName();
}
