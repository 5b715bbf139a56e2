namespace TradeTalks.Products;

/// <summary>
/// One HTS10 line of the US Harmonized Tariff Schedule as the bundled product data holds it (issue 26): where it sits in
/// the schedule, its general (MFN) rate over time, and the lists and programmes that name it over time. It says which
/// lists a product is on and when; what each list charges, and from when, comes from the store's tariff layers, through
/// the product programmes, so that one correction there reaches every product.
/// </summary>
/// <param name="Hts10">The ten digits, without dots: "6109100012".</param>
/// <param name="Path">
/// The descriptions from the chapter down to this line, each as the schedule words it: the chapter's heading, the
/// four-digit heading, then every indent down to the line itself (the last entry).
/// </param>
/// <param name="InSchedule">The days the line is in the schedule: from the first revision that holds it to the first
/// that no longer does.</param>
/// <param name="GeneralRates">The general (MFN) rate by days, from the HTS8 line the HTS10 line inherits it from.</param>
/// <param name="Listings">Every list or programme that names the line, with the days it does.</param>
public sealed record ProductLine(
    string Hts10,
    IReadOnlyList<string> Path,
    DaySpan InSchedule,
    IReadOnlyList<GeneralRate> GeneralRates,
    IReadOnlyList<ProductListing> Listings);

/// <summary>Days from <paramref name="From"/> up to, not including, <paramref name="Until"/> (open when null).</summary>
public readonly record struct DaySpan(DateOnly From, DateOnly? Until)
{
    public bool Holds(DateOnly day) => day >= From && (Until is null || day < Until);
}

/// <summary>
/// The general rate as the schedule words it ("Free", "16.5%", "2.4¢/kg + 5%"), and its ad valorem part in percent
/// where it has one ("Free" is 0; a purely specific rate such as "2.4¢/kg" has none).
/// </summary>
public sealed record GeneralRate(DaySpan Days, string Text, decimal? AdValoremPercent);

/// <summary>
/// A line named by a list or programme: <paramref name="Programme"/> is the programme's stable id ("301-list-3",
/// "232-steel-derivative", "reciprocal-exempt-annex-ii"), which the product programme records in the store describe;
/// <paramref name="Heading"/> is the Chapter 99 heading that names it ("9903.88.03").
/// </summary>
public sealed record ProductListing(string Programme, string Heading, DaySpan Days);

/// <summary>One revision of the schedule the bundled data was built from, and the day it took effect for China.</summary>
public sealed record ScheduleRevision(string Name, DateOnly EffectiveOn);
