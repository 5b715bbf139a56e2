namespace TradeTalks.Timeline;

/// <summary>The short fact a timeline item carries besides its text, as data; the web layer words it.</summary>
public abstract record TimelineFigure;

/// <summary>A tariff layer's rate before and after the change; <paramref name="ScheduledEnd"/> when the change is an end only scheduled.</summary>
public sealed record RateFigure(Side Imposer, Side Target, decimal From, decimal To, bool ScheduledEnd = false) : TimelineFigure;

/// <summary>A truce's deadline (or, for an extension, its new deadline).</summary>
public sealed record DeadlineFigure(DateTimeOffset Deadline, bool IsNew) : TimelineFigure;

/// <summary>Who accuses whom.</summary>
public sealed record AccusationFigure(Side Accuser, Side Accused) : TimelineFigure;

/// <summary>A measure's new state, and until when a suspension runs.</summary>
public sealed record MeasureFigure(MeasureState State, DateTimeOffset? Until) : TimelineFigure;

/// <summary>Where talks were held.</summary>
public sealed record PlaceFigure(string Place) : TimelineFigure;

/// <summary>An indicator's value for its period.</summary>
public sealed record IndicatorFigure(string Period, decimal Value, string Unit) : TimelineFigure;

/// <summary>What was promised, how much and when.</summary>
public sealed record CommitmentFigure(decimal? Quantity, string? Unit, string? Period, DateOnly MadeOn) : TimelineFigure;

/// <summary>A report of progress on a promise.</summary>
public sealed record ProgressFigure : TimelineFigure;
