namespace TradeTalks.Web.Queries;

/// <summary>A bound query record that the API's guard (<c>QueryGuard</c>) checks before its endpoint runs.</summary>
public interface IGuardedQuery
{
    /// <summary>The first value that cannot be used, or null when all can.</summary>
    QueryProblem? FirstProblem { get; }
}
