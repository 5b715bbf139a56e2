namespace TradeTalks.Products.Building;

/// <summary>
/// One row of a product list: every HTS10 line whose code starts with <paramref name="Prefix"/> is on
/// <paramref name="Programme"/> under <paramref name="Heading"/> from <paramref name="From"/> (the line's first day in
/// the schedule when null) up to <paramref name="Until"/> (as long as the line is in the schedule when null).
/// </summary>
public sealed record ListingRule(string Programme, string Heading, string Prefix, DateOnly? From, DateOnly? Until);
