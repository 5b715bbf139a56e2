using System.Globalization;

namespace TradeTalks.Products;

/// <summary>
/// What a product from China pays on a day, layer by layer (issue 26): the general rate, then each programme that names
/// the line or reaches it, at the rate of the store's tariff layer it charges, put together by <see cref="StackingRules"/>.
/// Pure: it works on programmes loaded with their layers, changes and sources.
/// </summary>
public sealed class ProductStacking
{
    private const string GeneralRateId = "general-rate";

    private readonly IReadOnlyList<ProductProgramme> _programmes;
    private readonly Dictionary<string, ProductProgramme> _byKey;
    private readonly ScheduleRevision? _lastRevision;

    /// <param name="programmes">Every product programme, each with its layer's changes and sources loaded.</param>
    /// <param name="lastRevision">The last revision of the schedule the product data was built from.</param>
    public ProductStacking(IEnumerable<ProductProgramme> programmes, ScheduleRevision? lastRevision)
    {
        _programmes = [.. programmes.OrderBy(p => p.Key, StringComparer.Ordinal)];
        _byKey = _programmes.ToDictionary(p => p.Key, StringComparer.Ordinal);
        _lastRevision = lastRevision;
    }

    public ProductStack On(ProductLine line, DateOnly day)
    {
        var notOnRecord = _lastRevision is { } last && day > last.EffectiveOn
            ? string.Create(CultureInfo.InvariantCulture, $"The last revision on record is {last.Name} (in effect for China from {last.EffectiveOn:d MMMM yyyy}); later changes are not on record.")
            : null;
        if (!line.InSchedule.Holds(day))
        {
            return new(line, day, [], new(0, 0, 0, null, []), notOnRecord,
                string.Create(CultureInfo.InvariantCulture, $"{line.Hts10} is not in the schedule on {day:d MMMM yyyy}."));
        }

        var named = Named(line, day);
        var layers = new List<DutyLayer>();
        if (GeneralRateOn(line, day) is { } general)
        {
            layers.Add(general);
        }

        layers.AddRange(Section301(named, day));
        var section232 = Section232(named, day);
        layers.AddRange(section232);
        var precedence = section232.Where(l => l.Charged && l.Programme!.TakesPrecedence).ToList();
        foreach (var programme in named.Where(n => n.Programme.Effect == ProgrammeEffect.ChargesLayer && n.Programme.Authority
            is TariffAuthority.FentanylEmergencyOrder or TariffAuthority.ReciprocalOrder or TariffAuthority.Section122Surcharge))
        {
            if (Charge(programme, day, PartOf(programme.Programme.Authority)) is { } layer)
            {
                layers.Add(SetAside(layer, named, precedence));
            }
        }

        return new(line, day, layers, Total(layers), notOnRecord, null);
    }

    /// <summary>
    /// The steps of a product's duties from <paramref name="from"/> to <paramref name="until"/> (both included): a step
    /// on the first day and wherever the total or a layer's charged rate changes.
    /// </summary>
    public IReadOnlyList<StackStep> Steps(ProductLine line, DateOnly from, DateOnly until)
    {
        var steps = new List<StackStep>();
        for (var day = from; day <= until; day = day.AddDays(1))
        {
            var stack = On(line, day);
            var rates = stack.Charged.Where(l => l.Rate is not null).ToDictionary(l => l.Id, l => l.Rate!.Value, StringComparer.Ordinal);
            if (steps.Count == 0 || !SameTotal(steps[^1].Total, stack.Total) || !SameRates(steps[^1].ChargedRates, rates)
                || steps[^1].Stack.OutOfSchedule != stack.OutOfSchedule)
            {
                steps.Add(new(day, stack.Total, rates, stack));
            }
        }

        return steps;
    }

    /// <summary>The programmes that name the line on the day (through its listings) or reach it without a list.</summary>
    private List<NamedBy> Named(ProductLine line, DateOnly day)
    {
        var named = new List<NamedBy>();
        foreach (var listing in line.Listings.Where(l => l.Days.Holds(day)))
        {
            if (Find(listing) is { } programme)
            {
                // A list that gives no heading (the Section 232 metal lists, the annexes) is carried by the programme's.
                named.Add(new(programme, listing.Heading is { Length: > 0 } heading ? heading : programme.Headings, listing.Days));
            }
        }

        foreach (var programme in _programmes.Where(p => p.ReachesLine(line.Hts10) && named.All(n => n.Programme != p)))
        {
            named.Add(new(programme, programme.HeadingList().FirstOrDefault() ?? "", line.InSchedule));
        }

        return named;
    }

    /// <summary>
    /// The programme record for a listing: one keyed "{programme}-…" that names the listing's heading, where a programme's
    /// headings charge different rates (the 2026 increases of the four-year review); else the one keyed by the programme.
    /// </summary>
    private ProductProgramme? Find(ProductListing listing) =>
        _programmes.FirstOrDefault(p => p.Key.StartsWith(listing.Programme + "-", StringComparison.Ordinal) && p.HeadingList().Contains(listing.Heading))
        ?? _byKey.GetValueOrDefault(listing.Programme);

    private static DutyLayer? GeneralRateOn(ProductLine line, DateOnly day)
    {
        var rate = line.GeneralRates.FirstOrDefault(r => r.Days.Holds(day));
        if (rate is null)
        {
            return null;
        }

        var note = rate.AdValoremPercent is null ? "A specific rate: it is not a percent of the value." :
            HasSpecificPart(rate) ? "Part of the rate is specific and is not a percent of the value." : null;
        return new(GeneralRateId, DutyPart.GeneralRate, "General (MFN) rate", null, line.Hts10, rate.AdValoremPercent, rate.Text, true,
            ValuePart.FullValue, rate.Days, null, null, [], Note: note);
    }

    private IEnumerable<DutyLayer> Section301(List<NamedBy> named, DateOnly day)
    {
        var listed = named.Where(n => n.Programme.Authority == TariffAuthority.Section301).ToList();
        var exclusion = listed.FirstOrDefault(n => n.Programme.Effect == ProgrammeEffect.RemovesSection301);
        var layers = new List<DutyLayer>();
        foreach (var n in listed.Where(n => n.Programme.Effect is ProgrammeEffect.ChargesLayer or ProgrammeEffect.Suspended))
        {
            if (n.Programme.Effect == ProgrammeEffect.Suspended)
            {
                layers.Add(Unpriced(n, DutyPart.Section301, StackingRules.SuspendedList, "Suspended: nothing is charged under this heading."));
            }
            else if (Charge(n, day, DutyPart.Section301) is { } layer)
            {
                layers.Add(exclusion is null ? layer : layer with
                {
                    Charged = false,
                    Rule = StackingRules.Section301Exclusion,
                    Note = $"Excluded under {exclusion.Heading} until {Until(exclusion.Days)}.",
                });
            }
        }

        // The highest rate charged wins; ties go to the first programme by key, so the answer never depends on order.
        var highest = layers.Where(l => l.Charged && l.Rate is not null).OrderByDescending(l => l.Rate).FirstOrDefault();
        return layers.Select(l => l.Charged && l.Rate is not null && l != highest
            ? l with { Charged = false, Rule = StackingRules.HighestSection301, Note = $"A higher Section 301 rate applies ({highest!.Name})." }
            : l);
    }

    private static List<DutyLayer> Section232(List<NamedBy> named, DateOnly day)
    {
        var layers = new List<DutyLayer>();
        foreach (var n in named.Where(n => n.Programme.Authority == TariffAuthority.Section232))
        {
            if (n.Programme.Effect == ProgrammeEffect.Suspended)
            {
                layers.Add(Unpriced(n, DutyPart.Section232, null, n.Programme.Note ?? "Nothing is charged under this programme."));
            }
            else if (Charge(n, day, DutyPart.Section232) is { } layer)
            {
                layers.Add(layer);
            }
        }

        return MetalRules(layers);
    }

    /// <summary>
    /// One Section 232 duty per layer, and none on the metal content where one is on the full value; the metal-content
    /// duties of different metals each on their own metal (<see cref="StackingRules.EachMetalItsOwnRate"/>).
    /// </summary>
    private static List<DutyLayer> MetalRules(List<DutyLayer> layers)
    {
        var priced = layers.Where(l => l.Charged && l.Rate is not null).ToList();
        // The full-value listing of a layer is the one charged where both an article and a derivative list name the line.
        var kept = priced.GroupBy(l => l.Programme!.Layer?.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(l => l.ChargedOn == ValuePart.FullValue ? 0 : 1).First()).ToHashSet();
        var fullValue = kept.Where(l => l.ChargedOn == ValuePart.FullValue).ToList();
        var content = kept.Where(l => l.ChargedOn == ValuePart.MetalContent).ToList();
        return [.. layers.Select(l => !priced.Contains(l) ? l
            : !kept.Contains(l) ? SetAsideBy(l, priced.Single(k => kept.Contains(k) && k.Programme!.Layer?.Key == l.Programme!.Layer?.Key))
            : l.ChargedOn == ValuePart.MetalContent && fullValue.Count > 0 ? SetAsideBy(l, fullValue[0])
            : l.ChargedOn == ValuePart.MetalContent && content.Count > 1 ? OwnMetal(l, content)
            : l)];
    }

    private static DutyLayer SetAsideBy(DutyLayer layer, DutyLayer charged) => layer with
    {
        Charged = false,
        Rule = StackingRules.FullValueCoversMetalContent,
        Note = charged.ChargedOn == ValuePart.FullValue
            ? $"Not charged: the full value pays Section 232 under {charged.Name}."
            : $"Charged once, under {charged.Name}.",
    };

    private static DutyLayer OwnMetal(DutyLayer layer, List<DutyLayer> content)
    {
        var others = string.Join("; ", content.Where(c => c != layer).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name} charges {c.Rate:0.##}% on its own metal")));
        return layer with
        {
            Rule = StackingRules.EachMetalItsOwnRate,
            Note = $"Charged on the value of the {MetalOf(layer.Programme!)} content only; {others}. How much of the value is each metal is the importer's to declare.",
        };
    }

    /// <summary>The metal a content-based programme charges, in the reader's words (its layer is one metal's).</summary>
    private static string MetalOf(ProductProgramme programme) =>
        programme.Key.Contains("aluminium", StringComparison.Ordinal) ? "aluminium"
        : programme.Key.Contains("copper", StringComparison.Ordinal) ? "copper"
        : programme.Key.Contains("steel", StringComparison.Ordinal) ? "steel" : "metal";

    /// <summary>The reciprocal duty and Section 122 as the exemptions and Section 232 leave them; the fentanyl duty as it is.</summary>
    private static DutyLayer SetAside(DutyLayer layer, List<NamedBy> named, List<DutyLayer> precedence)
    {
        var removal = layer.Part switch
        {
            DutyPart.Reciprocal => named.FirstOrDefault(n => n.Programme.Effect == ProgrammeEffect.RemovesReciprocal),
            DutyPart.Section122 => named.FirstOrDefault(n => n.Programme.Effect == ProgrammeEffect.RemovesSection122),
            _ => null,
        };
        if (layer.Part == DutyPart.Fentanyl)
        {
            return layer with { Rule = StackingRules.FentanylStacks };
        }

        if (removal is not null)
        {
            var rule = layer.Part == DutyPart.Reciprocal ? StackingRules.ReciprocalExemption : StackingRules.Section122Exemption;
            return layer with { Charged = false, Rule = rule, Note = $"Exempt: {removal.Programme.Name} ({removal.Heading})." };
        }

        if (precedence.Count == 0)
        {
            return layer;
        }

        var names = string.Join("; ", precedence.Select(p => p.Name));
        return precedence.Any(p => p.ChargedOn == ValuePart.FullValue)
            ? layer with { Charged = false, Rule = StackingRules.Section232Precedence, Note = $"Set aside by Section 232 ({names})." }
            : layer with { ChargedOn = ValuePart.RestOfValue, Rule = StackingRules.Section232Precedence, Note = $"Charged on the value other than the metal content, which pays Section 232 ({names})." };
    }

    /// <summary>The programme's layer as it stands on the day: null when the layer has not started or has ended.</summary>
    private static DutyLayer? Charge(NamedBy n, DateOnly day, DutyPart part)
    {
        var programme = n.Programme;
        if (programme.Layer is not { } tariff)
        {
            return Unpriced(n, part, StackingRules.NoRateOnRecord, "No rate for this programme is on record; it is left out of the total.");
        }

        var changes = tariff.Changes.OrderBy(c => c.EffectiveAt).ToList();
        var index = changes.FindLastIndex(c => c.EffectiveOn <= day);
        if (index < 0 || changes[index].EndsLayer)
        {
            return null;
        }

        var change = changes[index];
        var next = index + 1 < changes.Count ? changes[index + 1].EffectiveOn : (DateOnly?)null;
        var days = new DaySpan(Later(change.EffectiveOn, n.Days.From), Earlier(next, n.Days.Until));
        var basis = programme.Basis == DutyBasis.MetalContent ? ValuePart.MetalContent : ValuePart.FullValue;
        var note = basis == ValuePart.MetalContent ? "Charged on the value of the metal content only." : programme.Note;
        return new(programme.Key, part, programme.Name, programme.Authority, n.Heading, change.Rate, null, true, basis, days, programme, change,
            [.. programme.Sources.Concat(change.Sources).DistinctBy(s => s.Key)], Note: note);
    }

    private static DutyLayer Unpriced(NamedBy n, DutyPart part, StackingRule? rule, string note) =>
        new(n.Programme.Key, part, n.Programme.Name, n.Programme.Authority, n.Heading, null, null, false, ValuePart.FullValue, n.Days, n.Programme,
            null, n.Programme.Sources, rule, note);

    private static DutyTotal Total(List<DutyLayer> layers)
    {
        var charged = layers.Where(l => l.Charged && l.Rate is not null).ToList();
        decimal Sum(ValuePart part) => charged.Where(l => l.ChargedOn == part).Sum(l => l.Rate!.Value);
        // Each metal's content pays its own metal's rate, so the metal content is charged the highest, never the sum.
        var onMetal = charged.Where(l => l.ChargedOn == ValuePart.MetalContent).Select(l => l.Rate!.Value).DefaultIfEmpty(0).Max();
        var general = layers.FirstOrDefault(l => l.Part == DutyPart.GeneralRate);
        var specific = general is { RateText: { } text } && (general.Rate is null || HasSpecificPart(text)) ? text : null;
        var withoutRate = layers.Where(l => l.Rule == StackingRules.NoRateOnRecord).Select(l => l.Name).ToList();
        return new(Sum(ValuePart.FullValue), onMetal, Sum(ValuePart.RestOfValue), specific, withoutRate);
    }

    private static bool HasSpecificPart(GeneralRate rate) => HasSpecificPart(rate.Text);

    /// <summary>"Free" and "16.5%" are wholly ad valorem; anything else ("2.4¢/kg", "$1.50/doz. + 5%") has a specific part.</summary>
    private static bool HasSpecificPart(string text)
    {
        var t = text.Trim();
        return !t.Equals("Free", StringComparison.OrdinalIgnoreCase)
            && !(t.EndsWith('%') && decimal.TryParse(t[..^1], NumberStyles.Number, CultureInfo.InvariantCulture, out _));
    }

    private static DutyPart PartOf(TariffAuthority authority) => authority switch
    {
        TariffAuthority.FentanylEmergencyOrder => DutyPart.Fentanyl,
        TariffAuthority.ReciprocalOrder => DutyPart.Reciprocal,
        TariffAuthority.Section122Surcharge => DutyPart.Section122,
        TariffAuthority.Section232 => DutyPart.Section232,
        _ => DutyPart.Section301,
    };

    private static bool SameTotal(DutyTotal a, DutyTotal b) =>
        a.OnFullValue == b.OnFullValue && a.OnMetalContent == b.OnMetalContent && a.OnRestOfValue == b.OnRestOfValue
        && a.SpecificDuty == b.SpecificDuty && a.WithoutRate.SequenceEqual(b.WithoutRate);

    private static bool SameRates(IReadOnlyDictionary<string, decimal> a, IReadOnlyDictionary<string, decimal> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var rate) && rate == p.Value);

    private static string Until(DaySpan days) => days.Until is { } until ? until.AddDays(-1).ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : "further notice";

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    /// <summary>A programme as it names a line: under which heading, for which days.</summary>
    private sealed record NamedBy(ProductProgramme Programme, string Heading, DaySpan Days);
}
