namespace TradeTalks.Products;

/// <summary>Which of a product's duties a layer is.</summary>
public enum DutyPart
{
    /// <summary>The general (MFN) rate of the schedule.</summary>
    GeneralRate,
    Section301,
    Section232,
    Fentanyl,
    Reciprocal,
    Section122,
}

/// <summary>The part of a good's value a layer is charged on.</summary>
public enum ValuePart
{
    FullValue,

    /// <summary>The steel, aluminium or copper content (a Section 232 derivative).</summary>
    MetalContent,

    /// <summary>The value other than that metal content (the duties Section 232 sets aside on the metal alone).</summary>
    RestOfValue,
}

/// <summary>
/// One layer of a product's duty on a day: its rate, what it rests on, the days that rate holds, and the record that set
/// it. A layer the line is named for but does not pay (set aside by a rule, or with no rate on record) is listed with
/// <see cref="Charged"/> false and <see cref="Rule"/> or <see cref="Note"/> saying why.
/// </summary>
/// <param name="Id">Stable within a series: the programme's key, or "general-rate".</param>
/// <param name="Rate">In percent; null where the store holds no rate, or the general rate has no ad valorem part.</param>
/// <param name="RateText">The general rate as the schedule words it; null for the other layers.</param>
/// <param name="Days">The days this rate holds for the line, as far as the records go.</param>
/// <param name="SetBy">The tariff change that set the rate; null for the general rate.</param>
public sealed record DutyLayer(
    string Id,
    DutyPart Part,
    string Name,
    TariffAuthority? Authority,
    string Heading,
    decimal? Rate,
    string? RateText,
    bool Charged,
    ValuePart ChargedOn,
    DaySpan Days,
    ProductProgramme? Programme,
    TariffChange? SetBy,
    IReadOnlyList<Source> Sources,
    StackingRule? Rule = null,
    string? Note = null);

/// <summary>
/// The sum of the layers charged, in percent of the value each is charged on: a good without a Section 232 duty on its
/// metal content has only <see cref="OnFullValue"/>. <see cref="SpecificDuty"/> is the general rate's specific part
/// ("2.4¢/kg"), which no percent stands for; <see cref="WithoutRate"/> names layers the store holds no rate for.
/// </summary>
public sealed record DutyTotal(decimal OnFullValue, decimal OnMetalContent, decimal OnRestOfValue, string? SpecificDuty, IReadOnlyList<string> WithoutRate)
{
    public bool SplitByMetalContent => OnMetalContent != 0 || OnRestOfValue != 0;
}

/// <summary>A product's duties on one day, layer by layer, and their total.</summary>
/// <param name="NotOnRecord">Set when the day is past the last revision on record, saying so; the figures are the records' as they stand.</param>
/// <param name="OutOfSchedule">Set when the line is not in the schedule on the day: there are then no layers.</param>
public sealed record ProductStack(
    ProductLine Line,
    DateOnly Day,
    IReadOnlyList<DutyLayer> Layers,
    DutyTotal Total,
    string? NotOnRecord,
    string? OutOfSchedule)
{
    public IEnumerable<DutyLayer> Charged => Layers.Where(l => l.Charged);
}

/// <summary>One step of a product's duties: from <see cref="From"/> until the next step, the total and each layer charged.</summary>
public sealed record StackStep(DateOnly From, DutyTotal Total, IReadOnlyDictionary<string, decimal> ChargedRates, ProductStack Stack);
