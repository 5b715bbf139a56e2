using TradeTalks.Sources;

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
}

public enum TariffScope
{
    /// <summary>Applies to every good; these layers add up to the headline rate.</summary>
    AcrossTheBoard,

    /// <summary>Applies to named products only; kept apart from the headline rate.</summary>
    Sectoral,
}

/// <summary>
/// One tariff one side charges the other under one authority (and, for sectoral duties, one product scope).
/// Its rate over time is given by its <see cref="Changes"/>.
/// </summary>
public sealed class TariffLayer : ISourced, IEditable
{
    public int Id { get; set; }

    public required string Key { get; set; }

    public Side Imposer { get; set; }

    public Side Target { get; set; }

    public TariffAuthority Authority { get; set; }

    public TariffScope Scope { get; set; }

    public required string Name { get; set; }

    /// <summary>The goods covered, for sectoral duties; null when all goods are covered.</summary>
    public string? Products { get; set; }

    public List<TariffChange> Changes { get; set; } = [];

    public List<Source> Sources { get; set; } = [];

    public DateTimeOffset? UpdatedAt { get; set; }
}
