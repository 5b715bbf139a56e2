using System.Text.Json.Nodes;
using TradeTalks.DataSets;

namespace TradeTalks.Web.Editing;

/// <summary>
/// How the editor shows each top-level kind of the registry (<see cref="Kinds"/>): its heading, icon, the fields that
/// sum up one entry in a list, and the reading page a reader finds its records on. The kind's name and its word for one
/// record come from the registry.
/// </summary>
public sealed record RecordKind(DataSetKind Registered, string Plural, string Icon, string[] LabelFields, string? DateField, string ReadingPage)
{
    public static IReadOnlyList<RecordKind> All { get; } =
    [
        new(Kinds.Talks, "Talks and calls", MudBlazor.Icons.Material.Filled.Forum, ["title"], "firstDay", "/timeline"),
        new(Kinds.TariffLayers, "Tariff layers and their changes", MudBlazor.Icons.Material.Filled.StackedLineChart, ["name"], null, "/tariffs"),
        new(Kinds.TruceWindows, "Truce windows, extensions and terms", MudBlazor.Icons.Material.Filled.HourglassBottom, ["name"], "announcedOn", "/truce"),
        new(Kinds.Measures, "Measures beyond tariffs", MudBlazor.Icons.Material.Filled.Policy, ["title"], null, "/measures"),
        new(Kinds.Commitments, "Commitments", MudBlazor.Icons.Material.Filled.Handshake, ["title"], "madeOn", "/commitments"),
        new(Kinds.IndicatorReleases, "Indicator releases", MudBlazor.Icons.Material.Filled.QueryStats, ["indicator", "region", "period"], "releasedOn", "/indicators"),
        new(Kinds.Statements, "Statements", MudBlazor.Icons.Material.Filled.FormatQuote, ["speaker", "person", "words"], "saidOn", "/timeline"),
        new(Kinds.Claims, "Claims", MudBlazor.Icons.Material.Filled.Gavel, ["summary"], "reportedOn", "/claims"),
        new(Kinds.Developments, "Other developments", MudBlazor.Icons.Material.Filled.Event, ["title"], "on", "/timeline"),
        new(Kinds.ProductProgrammes, "Product programmes", MudBlazor.Icons.Material.Filled.Category, ["key", "name"], null, "/tariffs"),
        new(Kinds.People, "People", MudBlazor.Icons.Material.Filled.Groups, ["name", "title"], null, "/officials"),
        new(Kinds.Sources, "Sources", MudBlazor.Icons.Material.Filled.MenuBook, ["publisher", "title"], "publishedOn", "/sources"),
    ];

    /// <summary>The kind's name in the data set ("tariffLayers").</summary>
    public string Kind => Registered.Name;

    public string Singular => Registered.Noun;

    public static RecordKind? Find(string? kind) => All.FirstOrDefault(k => k.Kind == kind);

    /// <summary>
    /// The top-level kind a record of this kind belongs to: itself, or for a child (a tariff change, a suspended item) the
    /// kind of its parent's parent, as far up as it goes.
    /// </summary>
    public static RecordKind? OwnerOf(string? kind)
    {
        var registered = Kinds.Find(kind);
        while (registered?.Parent is { } parent)
        {
            registered = parent;
        }

        return registered is null ? null : Find(registered.Name);
    }

    public static RecordKind Of(string kind) => Find(kind) ?? throw new ArgumentException($"\"{kind}\" is not a kind of record.", nameof(kind));

    public string Definition => EditSchema.DefinitionOf(Kind);

    /// <summary>One line for an entry in a list: its title or name, shortened.</summary>
    public string Label(JsonObject entry)
    {
        var parts = LabelFields.Select(f => entry[f] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList();
        var text = parts.Count == 0 ? DataSetEntries.Key(entry) ?? "" : string.Join(" · ", parts);
        return text.Length > 140 ? text[..137] + "…" : text;
    }

    public string? Date(JsonObject entry) => DateField is not null && entry[DateField] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
