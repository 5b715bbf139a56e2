namespace TradeTalks.Timeline;

public sealed record PersonRef(int Id, string Key, string Name, Side Side);

public sealed record SourceRef(
    int Id, string Key, string Publisher, string Title, string? Url, DateOnly? PublishedOn, bool PublisherSiteOnly = false, SourceKind Kind = SourceKind.Original);

/// <summary>
/// One dated entry of the timeline, with who took part and where it comes from. <see cref="Detail"/> is a second
/// line of text (an outcome, the words said); <see cref="Figure"/> a short figure or fact (a rate change, a place).
/// </summary>
public sealed record TimelineItem(
    TimelineKind Kind,
    int RecordId,
    string RecordKey,
    DateOnly Day,
    DateOnly? LastDay,
    string Title,
    string Summary,
    Side? Side,
    IReadOnlyList<PersonRef> People,
    IReadOnlyList<SourceRef> Sources,
    string? Detail,
    TimelineFigure? Figure);

public sealed record TimelinePage(IReadOnlyList<TimelineItem> Items, int TotalCount, int Page, int PageSize)
{
    public int PageCount => TotalCount == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}

/// <summary>A page of the timeline read by keyset; <see cref="Previous"/> and <see cref="Next"/> are where the pages around it start.</summary>
public sealed record TimelineKeysetPage(IReadOnlyList<TimelineItem> Items, int TotalCount, int PageSize)
{
    /// <summary>Read the items before this one to get the previous page; null on the first page.</summary>
    public TimelineCursor? Previous { get; init; }

    /// <summary>Read the items after this one to get the next page; null on the last page.</summary>
    public TimelineCursor? Next { get; init; }
}
