namespace TradeTalks;

/// <summary>
/// One page of a list that may grow without bound, with how many items there are in all. A page past the end is the
/// last page (so a shared link never shows an empty list); a page below one is the first.
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The page to load for an asked-for page, once the total is known.</summary>
    public static int Clamp(int page, int total, int pageSize) => Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
}
