using System.Text.Json.Nodes;
using TradeTalks.DataSets;

namespace TradeTalks.Web.Editing;

/// <summary>How the editor names each kind of record and sums up one entry in a list.</summary>
public sealed record RecordKind(string Kind, string Singular, string Plural, string Icon, string[] LabelFields, string? DateField)
{
    public static IReadOnlyList<RecordKind> All { get; } =
    [
        new("talks", "talk", "Talks and calls", MudBlazor.Icons.Material.Filled.Forum, ["title"], "firstDay"),
        new("tariffLayers", "tariff layer", "Tariff layers and their changes", MudBlazor.Icons.Material.Filled.StackedLineChart, ["name"], null),
        new("truceWindows", "truce window", "Truce windows, extensions and terms", MudBlazor.Icons.Material.Filled.HourglassBottom, ["name"], "announcedOn"),
        new("measures", "measure", "Measures beyond tariffs", MudBlazor.Icons.Material.Filled.Policy, ["title"], null),
        new("commitments", "commitment", "Commitments", MudBlazor.Icons.Material.Filled.Handshake, ["title"], "madeOn"),
        new("indicatorReleases", "indicator release", "Indicator releases", MudBlazor.Icons.Material.Filled.QueryStats, ["indicator", "region", "period"], "releasedOn"),
        new("statements", "statement", "Statements", MudBlazor.Icons.Material.Filled.FormatQuote, ["speaker", "person", "words"], "saidOn"),
        new("claims", "claim", "Claims", MudBlazor.Icons.Material.Filled.Gavel, ["summary"], "reportedOn"),
        new("developments", "development", "Other developments", MudBlazor.Icons.Material.Filled.Event, ["title"], "on"),
        new("people", "person", "People", MudBlazor.Icons.Material.Filled.Groups, ["name", "title"], null),
        new("sources", "source", "Sources", MudBlazor.Icons.Material.Filled.MenuBook, ["publisher", "title"], "publishedOn"),
    ];

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
