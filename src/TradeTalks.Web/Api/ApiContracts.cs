namespace TradeTalks.Web.Api;

// The API's records: what /api/v1 promises its readers, kept apart from the store's entities so either can change
// without breaking the other. Records are named by their stable keys; days are YYYY-MM-DD, instants ISO 8601 with
// their offset (UTC); rates are numbers of percent; every record carries the sources it comes from.

/// <summary>
/// Where a record comes from. <c>publisherSiteOnly</c>: the document was not found and the url is only the publisher's
/// site. <c>kind</c>: Original, Relay, Aggregator or SingleReport (a record resting on one source that is not Original
/// rests on a single source).
/// </summary>
public sealed record ApiSource(string Key, string Publisher, string Title, string? Url, DateOnly? PublishedOn, bool PublisherSiteOnly, string Kind);

/// <summary>A list answered for an as-of instant.</summary>
public sealed record ApiList<T>(DateTimeOffset AsOf, IReadOnlyList<T> Items);

/// <summary>One page of a long list.</summary>
public sealed record ApiPage<T>(DateTimeOffset AsOf, int Page, int PageSize, int TotalCount, int PageCount, IReadOnlyList<T> Items);

public sealed record ApiPersonRef(string Key, string Name);

public sealed record ApiTalk(
    string Key, string Kind, string Title, string Place, DateOnly FirstDay, DateOnly LastDay,
    IReadOnlyList<ApiPersonRef> Participants, string Summary, string? Outcome, string? Note, IReadOnlyList<ApiSource> Sources);

public sealed record ApiPerson(string Key, string Name, string Side, string Role, string Title, string Organisation, IReadOnlyList<ApiSource> Sources);

/// <summary>A change of a layer; <c>scheduledOnly</c>: an end that comes only from the order's schedule, with no report that it happened.</summary>
public sealed record ApiTariffChange(
    string Key, string Layer, string Imposer, decimal Rate, decimal? LowestRate, bool EndsLayer, bool ScheduledOnly, DateOnly? AnnouncedOn, DateOnly EffectiveOn,
    DateTimeOffset EffectiveAt, string Cause, string? Note, IReadOnlyList<ApiSource> Sources);

public sealed record ApiTariffLayer(
    string Key, string Imposer, string Target, string Authority, string Scope, string Name, string? Products, string? TradeCovered,
    string? Note, decimal RateAsOf, IReadOnlyList<ApiTariffChange> Changes, IReadOnlyList<ApiSource> Sources);

/// <summary>One layer's rate at the as-of instant and the change that set it.</summary>
public sealed record ApiLayerRate(string Layer, string Name, string Scope, decimal Rate, string SetBy);

/// <summary>A layer on all goods counted as ended although its end is only scheduled: no report says it ended.</summary>
public sealed record ApiScheduledEnd(string Layer, string Name, string Change, DateOnly ScheduledOn);

/// <summary>
/// What one side charged the other: the headline rate (across-the-board layers added up) and every layer in force;
/// <c>scheduledEnds</c> lists the ends the rate rests on that come only from an order's schedule.
/// </summary>
public sealed record ApiDirectionRate(string Imposer, string Target, decimal Rate, IReadOnlyList<ApiLayerRate> Layers, IReadOnlyList<ApiScheduledEnd> ScheduledEnds);

public sealed record ApiRates(DateTimeOffset AsOf, ApiDirectionRate UsOnChina, ApiDirectionRate ChinaOnUs);

public sealed record ApiRatePoint(DateTimeOffset At, decimal Rate);

/// <summary>Each side's headline rate from <c>from</c> to <c>to</c>: the rate at the start, then one point per step.</summary>
public sealed record ApiRateSeries(DateOnly From, DateOnly To, IReadOnlyList<ApiRatePoint> UsOnChina, IReadOnlyList<ApiRatePoint> ChinaOnUs);

/// <summary>Both headline rates at the end of one day (US Eastern).</summary>
public sealed record ApiDailyRate(DateOnly Day, decimal UsOnChina, decimal ChinaOnUs);

public sealed record ApiTruceExtension(string Key, string Name, DateOnly SignedOn, DateTimeOffset SignedAt, DateTimeOffset NewDeadline, string Summary, IReadOnlyList<ApiSource> Sources);

public sealed record ApiTruceWindow(
    string Key, string Name, DateOnly AnnouncedOn, DateTimeOffset StartsAt, DateTimeOffset Deadline, string DeadlineZone,
    DateOnly? LapsedOn, string? LapseNote, string Summary, IReadOnlyList<ApiTruceExtension> Extensions, IReadOnlyList<ApiSource> Sources);

public sealed record ApiTimeLeft(int Days, int Hours, int Minutes, int Seconds);

public sealed record ApiTruceItem(
    string Key, string Side, string? Layer, string? Measure, decimal? Points, DateTimeOffset From, DateTimeOffset Deadline, string State,
    decimal? RateBefore, decimal? RateOnLapse, string Summary, IReadOnlyList<ApiSource> Sources);

/// <summary>The truce at an instant. State is Announced, InForce, DeadlinePassed (no extension or lapse on record) or Lapsed.</summary>
public sealed record ApiTruceStatus(
    string Window, DateTimeOffset At, string State, string CurrentTerm, DateTimeOffset Deadline, ApiTimeLeft TimeLeft, double ElapsedShare,
    bool DataMayBeStale, IReadOnlyList<ApiTruceItem> Items, IReadOnlyList<ApiSource> Sources);

public sealed record ApiMeasureChange(string Key, string State, DateOnly On, DateTimeOffset At, DateTimeOffset? SuspendedUntil, string Summary, IReadOnlyList<ApiSource> Sources);

/// <summary>A measure beyond tariffs with its standing at the as-of instant: InForce, Suspended, DeadlinePassed or Lifted.</summary>
public sealed record ApiMeasure(
    string Key, string Side, string Kind, string Title, string Covers, string? Note, string Standing, DateOnly Since,
    IReadOnlyList<ApiMeasureChange> Changes, IReadOnlyList<ApiSource> Sources);

public sealed record ApiProgress(string Key, DateOnly On, string Summary, IReadOnlyList<ApiSource> Sources);

public sealed record ApiCommitment(
    string Key, string Party, DateOnly MadeOn, DateOnly? ReportedOn, string? Talk, string Title, decimal? Quantity, string? Unit, string? Period,
    string Summary, string? Note, IReadOnlyList<ApiProgress> Progress, IReadOnlyList<ApiSource> Sources);

public sealed record ApiIndicatorRelease(
    string Key, string Indicator, string Region, string? Series, string Side, string Period, DateOnly PeriodStart, decimal Value, string Unit,
    decimal? Prior, string? PriorLabel, decimal? Expected, string? ExpectedNote, DateOnly? ReleasedOn, string? Note, IReadOnlyList<ApiSource> Sources);

public sealed record ApiStatement(string Key, string? Person, string Speaker, string Side, DateOnly SaidOn, string Words, string Context, IReadOnlyList<ApiSource> Sources);

public sealed record ApiClaim(
    string Key, string Kind, string Accuser, string Accused, string? Person, string Topic, string Commitment, string Summary,
    DateOnly ReportedOn, DateOnly? ResolvedOn, string? Resolution, IReadOnlyList<ApiSource> Sources);

/// <summary>A source with the records that cite it.</summary>
public sealed record ApiSourceRecord(
    string Key, string Publisher, string Title, string? Url, bool PublisherSiteOnly, string Kind, DateOnly? PublishedOn, string? Note, IReadOnlyList<ApiCitation> CitedBy);

public sealed record ApiCitation(string Kind, string Key, string Label, DateOnly? Day);

public sealed record ApiTimelineItem(
    string Kind, string Key, DateOnly Day, DateOnly? LastDay, string Title, string Summary, string? Side,
    IReadOnlyList<ApiPersonRef> People, string? Detail, string? Figure, IReadOnlyList<ApiSource> Sources);
