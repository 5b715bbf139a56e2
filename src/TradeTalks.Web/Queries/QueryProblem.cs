namespace TradeTalks.Web.Queries;

/// <summary>
/// A query parameter that could not be used: which one, and in words that say what to give instead. A page shows it
/// beside what the rest of its query selects; the API answers the first one as a 400 naming the parameter.
/// </summary>
public sealed record QueryProblem(string Parameter, string Message);
