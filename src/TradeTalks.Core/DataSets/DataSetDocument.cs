using System.Text.Json.Serialization;

namespace TradeTalks.DataSets;

/// <summary>
/// The whole store as one document: the format of the bundled data set, of <c>export</c> and of <c>import</c>.
/// Records refer to each other by key. Its JSON Schema is <c>data/tradetalks.schema.json</c>; docs/data.md describes
/// it field by field.
/// </summary>
public sealed record DataSetDocument
{
    /// <summary>The version of this format; a reader refuses a version it does not know.</summary>
    public const int CurrentFormatVersion = 1;

    [JsonPropertyName("$schema")]
    public string? Schema { get; init; } = "./tradetalks.schema.json";

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    public IReadOnlyList<SourceEntry> Sources { get; init; } = [];

    public IReadOnlyList<PersonEntry> People { get; init; } = [];

    public IReadOnlyList<TalkEntry> Talks { get; init; } = [];

    public IReadOnlyList<TariffLayerEntry> TariffLayers { get; init; } = [];

    public IReadOnlyList<MeasureEntry> Measures { get; init; } = [];

    public IReadOnlyList<TruceWindowEntry> TruceWindows { get; init; } = [];

    public IReadOnlyList<CommitmentEntry> Commitments { get; init; } = [];

    public IReadOnlyList<IndicatorReleaseEntry> IndicatorReleases { get; init; } = [];

    public IReadOnlyList<StatementEntry> Statements { get; init; } = [];

    public IReadOnlyList<ClaimEntry> Claims { get; init; } = [];

    public IReadOnlyList<DevelopmentEntry> Developments { get; init; } = [];

    public IReadOnlyList<ProductProgrammeEntry> ProductProgrammes { get; init; } = [];
}

/// <summary>A record in the data set: it has a key, and (but for sources) the keys of the sources it cites.</summary>
public interface IEntry
{
    string Key { get; }
}

public interface ISourcedEntry : IEntry
{
    IReadOnlyList<string> Sources { get; }
}
