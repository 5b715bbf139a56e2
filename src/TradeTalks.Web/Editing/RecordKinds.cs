using System.Text.Json.Nodes;
using TradeTalks.DataSets;

namespace TradeTalks.Web.Editing;

/// <summary>
/// How the editor shows each top-level kind of the registry (<see cref="Kinds"/>): its heading, icon, and the fields that
/// sum up one entry in a list. The kind's name and its word for one record come from the registry.
/// </summary>
public sealed record RecordKind(DataSetKind Registered, string Plural, string Icon, string[] LabelFields, string? DateField)
{
    public static IReadOnlyList<RecordKind> All { get; } =
    [
        new(Kinds.Talks, "Talks and calls", MudBlazor.Icons.Material.Filled.Forum, ["title"], "firstDay"),
        new(Kinds.TariffLayers, "Tariff layers and their changes", MudBlazor.Icons.Material.Filled.StackedLineChart, ["name"], null),
        new(Kinds.TruceWindows, "Truce windows, extensions and terms", MudBlazor.Icons.Material.Filled.HourglassBottom, ["name"], "announcedOn"),
        new(Kinds.Measures, "Measures beyond tariffs", MudBlazor.Icons.Material.Filled.Policy, ["title"], null),
        new(Kinds.Commitments, "Commitments", MudBlazor.Icons.Material.Filled.Handshake, ["title"], "madeOn"),
        new(Kinds.IndicatorReleases, "Indicator releases", MudBlazor.Icons.Material.Filled.QueryStats, ["indicator", "region", "period"], "releasedOn"),
        new(Kinds.Statements, "Statements", MudBlazor.Icons.Material.Filled.FormatQuote, ["speaker", "person", "words"], "saidOn"),
        new(Kinds.Claims, "Claims", MudBlazor.Icons.Material.Filled.Gavel, ["summary"], "reportedOn"),
        new(Kinds.Developments, "Other developments", MudBlazor.Icons.Material.Filled.Event, ["title"], "on"),
        new(Kinds.People, "People", MudBlazor.Icons.Material.Filled.Groups, ["name", "title"], null),
        new(Kinds.Sources, "Sources", MudBlazor.Icons.Material.Filled.MenuBook, ["publisher", "title"], "publishedOn"),
    ];

    /// <summary>The kind's name in the data set ("tariffLayers").</summary>
    public string Kind => Registered.Name;

    public string Singular => Registered.Noun;

    public static RecordKind? Find(string? kind) => All.FirstOrDefault(k => k.Kind == kind);

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
