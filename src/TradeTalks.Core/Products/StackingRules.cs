namespace TradeTalks.Products;

/// <summary>One rule of how a product's duties stack, with its legal source: the Chapter 99 heading and the notice.</summary>
public sealed record StackingRule(string Says, string Heading, string Notice);

/// <summary>
/// The rules the stacking follows (issue 26), as few and as plain as the law allows; docs/products.md gives them in
/// full. Dates are never written here: when a duty starts, changes or ends is read from the store's tariff layers.
/// </summary>
public static class StackingRules
{
    public static readonly StackingRule HighestSection301 = new(
        "Section 301: a line on several lists pays the highest list's rate, not their sum.",
        "9903.88.01–9903.88.16, 9903.91.01–9903.91.14",
        "USTR notice of modification after the four-year review, 89 FR 76581 (18 September 2024)");

    public static readonly StackingRule SuspendedList = new(
        "Section 301 list 4B was suspended before it took effect: its lines pay nothing under it.",
        "9903.88.16",
        "USTR notice of 18 December 2019 suspending list 4B indefinitely (CBP CSMS 40984510)");

    public static readonly StackingRule Section301Exclusion = new(
        "A Section 301 exclusion takes the line out of the Section 301 duty for the exclusion's days.",
        "9903.88.69, 9903.88.70 and the other exclusion headings of U.S. note 20",
        "USTR notices of product exclusion extensions");

    public static readonly StackingRule Section232Precedence = new(
        "Section 232 goods pay neither the reciprocal duty nor the Section 122 surcharge; where the Section 232 duty is on the metal content, the rest of the value still pays them.",
        "9903.01.33 (out of the reciprocal duty); 9903.03.02–9903.03.11 (out of Section 122)",
        "Executive Order 14257, section 3(b) (90 FR 15041, 7 April 2025); the Section 122 proclamation of 20 February 2026");

    public static readonly StackingRule EachMetalItsOwnRate = new(
        "A derivative on more than one metal's Section 232 list pays each metal's rate on that metal's content only, never the rates added together on all of it; how much of the value is each metal is the importer's to declare.",
        "9903.81.91 (steel content), 9903.85.08 (aluminium content), 9903.78.01 (copper content)",
        "Proclamation 10947 (90 FR 24199, 9 June 2025), which charges derivatives on their steel and their aluminium content under separate headings; Proclamation 10962 (FR Doc 2025-14893) on the copper content");

    public static readonly StackingRule FullValueCoversMetalContent = new(
        "A line that pays a Section 232 duty on its full value pays no Section 232 duty on its metal content as well, and one Section 232 layer is charged once on a line however many of its lists name it.",
        "9903.81.87 and 9903.85.02 (articles, on the full value) beside 9903.81.91 and 9903.85.08 (derivatives, on the content)",
        "Proclamation 10947 (90 FR 24199), whose article and derivative headings each except the other; Executive Order 14289 (90 FR 18907, 2 May 2025) on Section 232 duties not stacking");

    public static readonly StackingRule FentanylStacks = new(
        "China's fentanyl duty is charged in full on top of every other layer, Section 232 goods included.",
        "9903.01.20, 9903.01.24",
        "Executive Order 14195 (90 FR 9121) as amended; Executive Order 14289 (90 FR 18907, 2 May 2025) on stacking");

    public static readonly StackingRule ReciprocalExemption = new(
        "Annex II goods and the electronics of April 2025 are out of the reciprocal duty, not out of the fentanyl duty.",
        "9903.01.32",
        "Executive Order 14257, Annex II (90 FR 15041); the memorandum of 11 April 2025 clarifying its exceptions");

    public static readonly StackingRule Section122Exemption = new(
        "Goods on the Section 122 exemption list do not pay the surcharge.",
        "9903.03.02–9903.03.11",
        "The Section 122 proclamation of 20 February 2026, Annex I");

    public static readonly StackingRule NoRateOnRecord = new(
        "A programme whose rate the store does not hold is shown without a rate and left out of the total: nothing is assumed.",
        "",
        "");

    public static IReadOnlyList<StackingRule> All { get; } =
        [HighestSection301, SuspendedList, Section301Exclusion, Section232Precedence, EachMetalItsOwnRate, FullValueCoversMetalContent, FentanylStacks, ReciprocalExemption, Section122Exemption, NoRateOnRecord];
}
