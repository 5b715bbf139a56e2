namespace TradeTalks.Tariffs;

/// <summary>The legal authority a tariff layer rests on.</summary>
public enum TariffAuthority
{
    /// <summary>US: the February 2025 emergency-powers order tied to fentanyl.</summary>
    FentanylEmergencyOrder,

    /// <summary>US: the April 2025 "reciprocal" emergency-powers order.</summary>
    ReciprocalOrder,

    /// <summary>US: the temporary global surcharge under Section 122 of the Trade Act of 1974.</summary>
    Section122Surcharge,

    /// <summary>China: the retaliatory rate on all goods from the US.</summary>
    RetaliatoryTariff,

    /// <summary>China: duties on named US products only.</summary>
    SectoralDuty,

    /// <summary>US: Section 301 of the Trade Act of 1974 (the 2018–2019 lists and the 2024 review increases).</summary>
    Section301,

    /// <summary>US: Section 232 of the Trade Expansion Act of 1962 (national-security duties on named products, all countries).</summary>
    Section232,

    /// <summary>China: the retaliatory tariffs of 2018–2019 on named US goods.</summary>
    RetaliationOf2018,
}


public enum TariffScope
{
    /// <summary>Applies to every good; these layers add up to the headline rate.</summary>
    AcrossTheBoard,

    /// <summary>Applies to named products only; kept apart from the across-the-board rate.</summary>
    Sectoral,
}

/// <summary>
/// One tariff one side charges the other under one authority (and, for sectoral duties, one product scope).
/// Its rate over time is given by its <see cref="Changes"/>.
/// </summary>
[DataSetEntry]
public sealed class TariffLayer : SourcedRecord
{
    public Side Imposer { get; set; }

    public Side Target { get; set; }

    public TariffAuthority Authority { get; set; }

    public TariffScope Scope { get; set; }

    public required string Name { get; set; }

    /// <summary>The goods covered, for sectoral duties; null when all goods are covered.</summary>
    public string? Products { get; set; }

    /// <summary>How much trade the layer covers, where a source gives it, e.g. "about $250bn of imports (2018 lists)".</summary>
    public string? TradeCovered { get; set; }

    /// <summary>What a reader should know about the layer as a whole: exemptions, what is unconfirmed.</summary>
    public string? Note { get; set; }

    /// <summary>The layer's rate over time; the data set lists the changes in the order they take effect.</summary>
    public List<TariffChange> Changes { get; set; } = [];
}
