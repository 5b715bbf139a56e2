namespace TradeTalks.Timeline;

public sealed record PersonRef(int Id, string Key, string Name, Side Side);

public sealed record SourceRef(int Id, string Key, string Publisher, string Title, string? Url, DateOnly? PublishedOn);

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
