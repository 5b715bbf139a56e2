using System.Text.Json.Nodes;
using TradeTalks.DataSets;

namespace TradeTalks.Web.Editing;

/// <summary>
/// Keys for the children a form adds to one list of a record (a layer's changes, a truce's extensions): made with
/// <see cref="ChildKeys.Suggest"/>, clear of every key of that kind in the store (they are unique across parents) and
/// in the list itself. Saved children keep theirs, since links and references use them.
/// </summary>
public sealed class NewChildKeys
{
    private readonly JsonObject _parent;
    private readonly FieldSpec _field;
    private readonly HashSet<string> _stored;

    /// <param name="store">The store as the form loaded it.</param>
    /// <param name="definition">The parent's schema definition ("tariffLayer").</param>
    public NewChildKeys(JsonObject store, string definition, JsonObject parent, FieldSpec field)
    {
        _parent = parent;
        _field = field;
        var kind = RecordKind.All.FirstOrDefault(k => k.Definition == definition)?.Kind;
        _stored = kind is null
            ? []
            : [.. (store[kind] as JsonArray ?? []).OfType<JsonObject>()
                .SelectMany(p => (p[field.Name] as JsonArray ?? []).OfType<JsonObject>())
                .Select(DataSetEntries.Key).OfType<string>()];
    }

    /// <summary>The required day a child's key is made from ("effectiveOn"), if its kind has one.</summary>
    public static string? DayOf(string childDefinition) =>
        EditSchema.Instance.Fields(childDefinition).FirstOrDefault(f => f.Type == EditFieldType.Day && f.Required)?.Name;

    public bool IsSaved(string? key) => key is not null && _stored.Contains(key);

    /// <summary>
    /// The key for a child just added: none yet when it will come from the child's day (see <see cref="Follow"/>);
    /// otherwise a numbered key named after its kind, as the data set's first truce extension was ("geneva-truce-extension-1").
    /// </summary>
    public string? ForNewChild()
    {
        if (DayOf(_field.ChildDefinition!) is not null)
        {
            return null;
        }

        var noun = EditSchema.Noun(_field.ChildDefinition!).Split(' ')[^1];
        var n = Children().Count() + 1;
        while (IsTaken($"{DataSetEntries.Key(_parent)}-{noun}-{n}", null))
        {
            n++;
        }

        return ChildKeys.Suggest(DataSetEntries.Key(_parent), $"{noun}-{n}", k => IsTaken(k, null));
    }

    /// <summary>
    /// Gives a new child the key its parent's key and its day make, and moves it when the day moves; a key the editor
    /// typed, or one already saved, is left alone.
    /// </summary>
    public void Follow(JsonObject child)
    {
        var key = DataSetEntries.Key(child);
        if (DayOf(_field.ChildDefinition!) is not { } dayField
            || child[dayField] is not JsonValue value || !value.TryGetValue<string>(out var day) || !DateOnly.TryParseExact(day, "yyyy-MM-dd", out _)
            || (key is not null && (!ChildKeys.LooksSuggested(key) || IsSaved(key))))
        {
            return;
        }

        child["key"] = ChildKeys.Suggest(DataSetEntries.Key(_parent), day, k => IsTaken(k, child));
    }

    private IEnumerable<JsonObject> Children() => (_parent[_field.Name] as JsonArray ?? []).OfType<JsonObject>();

    private bool IsTaken(string key, JsonObject? except) => _stored.Contains(key) || Children().Any(c => c != except && DataSetEntries.Key(c) == key);
}
