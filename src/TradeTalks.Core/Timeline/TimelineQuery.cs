namespace TradeTalks.Timeline;

/// <summary>A filtered, paged view of the timeline. Every filter is optional.</summary>
public sealed record TimelineQuery
{
    public const int MaxPageSize = 200;

    /// <summary>Kinds to show; empty means every kind.</summary>
    public IReadOnlyCollection<TimelineKind> Kinds { get; init; } = [];

    /// <summary>Items by or involving this side.</summary>
    public Side? Side { get; init; }

    /// <summary>Items with this person taking part or speaking.</summary>
    public int? PersonId { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Words to find in the title or summary.</summary>
    public string? Text { get; init; }

    public bool OldestFirst { get; init; }

    /// <summary>One-based page number.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 25;
}
