namespace TradeTalks.Measures;

/// <summary>What kind of measure beyond tariffs.</summary>
public enum MeasureKind
{
    ExportControl,
    EntityListing,
    Licensing,
    PortFee,
    Investigation,
    PurchaseBan,
    Other,
}

/// <summary>
/// A measure one side takes against the other that is not a tariff: export controls, entity listings, licensing,
/// port fees, investigations, purchase bans. Where it stands over time is given by its <see cref="Changes"/>.
/// </summary>
[DataSetEntry]
public sealed class Measure : SourcedRecord
{
    /// <summary>The side that takes the measure.</summary>
    public Side Side { get; set; }

    public MeasureKind Kind { get; set; }

    public required string Title { get; set; }

    /// <summary>What it covers: goods, technologies, firms, ships.</summary>
    public required string Covers { get; set; }

    public string? Note { get; set; }

    /// <summary>The measure's history; the data set lists the changes in the order they took effect.</summary>
    public List<MeasureChange> Changes { get; set; } = [];
}
