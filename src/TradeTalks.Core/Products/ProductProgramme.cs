namespace TradeTalks.Products;

/// <summary>What a product programme does to the duties of the lines it names.</summary>
public enum ProgrammeEffect
{
    /// <summary>Charges its tariff layer's rate on the lines it names.</summary>
    ChargesLayer,

    /// <summary>Names lines under a heading whose duty is suspended (Section 301 list 4B): nothing is charged.</summary>
    Suspended,

    /// <summary>Takes the lines it names out of the IEEPA "reciprocal" duty; the fentanyl duty still applies.</summary>
    RemovesReciprocal,

    /// <summary>Takes the lines it names out of the Section 122 surcharge.</summary>
    RemovesSection122,

    /// <summary>A Section 301 exclusion: the lines it names pay no Section 301 duty for its days.</summary>
    RemovesSection301,
}

/// <summary>The value a programme's rate is charged on.</summary>
public enum DutyBasis
{
    /// <summary>The whole customs value of the good.</summary>
    FullValue,

    /// <summary>
    /// The value of the good's steel, aluminium or copper content only (Section 232 derivatives): the rest of the value
    /// still pays the duties the programme sets aside. The share is the importer's to declare; it is never assumed.
    /// </summary>
    MetalContent,
}

/// <summary>
/// A list or programme that names HTS lines (issue 26): what the bundled product data calls it (its key, such as
/// "301-list-3"), the authority it rests on, what it does, the store's tariff layer whose rate it charges, the Chapter 99
/// headings that carry it and the notice that made it. Products refer to programmes and programmes to layers, so one
/// correction to a layer reaches every product.
/// </summary>
[DataSetEntry]
public sealed class ProductProgramme : SourcedRecord
{
    /// <summary>Its name in a reader's words: "Section 301 list 3".</summary>
    public required string Name { get; set; }

    public TariffAuthority Authority { get; set; }

    /// <summary>What it does to the lines it names; charging its layer's rate is the default.</summary>
    [LeftOutWhenDefault]
    public ProgrammeEffect Effect { get; set; }

    /// <summary>
    /// True for Section 232 programmes: goods they charge do not pay the reciprocal duty or the Section 122 surcharge
    /// (on their metal content only, where the basis is the metal content).
    /// </summary>
    [LeftOutWhenDefault]
    public bool TakesPrecedence { get; set; }

    /// <summary>What its rate is charged on: the full value (the default) or the metal content.</summary>
    [LeftOutWhenDefault]
    public DutyBasis Basis { get; set; }

    public int? LayerId { get; set; }

    /// <summary>The store's tariff layer whose rate it charges (by key in the data set); none when it charges nothing.</summary>
    public TariffLayer? Layer { get; set; }

    /// <summary>The Chapter 99 headings that carry it, separated by commas: "9903.88.03".</summary>
    public required string Headings { get; set; }

    /// <summary>
    /// For a programme no list names lines for: the HTS prefixes it reaches, separated by commas ("8703, 8704"), or "*"
    /// for every line (the country-wide IEEPA duties and Section 122).
    /// </summary>
    public string? Reaches { get; set; }

    /// <summary>What a reader should know: what it covers, what is not modelled.</summary>
    public string? Note { get; set; }

    /// <summary>The headings one by one.</summary>
    public IReadOnlyList<string> HeadingList() => Headings.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when it reaches the line without a list naming it.</summary>
    public bool ReachesLine(string hts10) =>
        Reaches is { } reaches && reaches.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(prefix => prefix == "*" || hts10.StartsWith(prefix.Replace(".", "", StringComparison.Ordinal), StringComparison.Ordinal));
}
