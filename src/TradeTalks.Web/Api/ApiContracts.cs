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

/// <summary>
/// A product line a search found (issue 26): its code with and without dots, its description (the last entry of its path),
/// the general (MFN) rate as the schedule words it on the as-of day (null when the line is not in the schedule then), and
/// its addresses in the API and on the site.
/// </summary>
public sealed record ApiProductItem(string Hts10, string Code, string Description, IReadOnlyList<string> Path, string? GeneralRate, string Api, string Page);

/// <summary>A revision of the Harmonized Tariff Schedule and the day it took effect for China.</summary>
public sealed record ApiScheduleRevision(string Name, DateOnly EffectiveOn);

/// <summary>A product line: the days it is in the schedule run from <c>inScheduleFrom</c> up to, not including, <c>inScheduleUntil</c> (open when null).</summary>
public sealed record ApiProductLine(string Hts10, string Code, IReadOnlyList<string> Path, DateOnly InScheduleFrom, DateOnly? InScheduleUntil);

/// <summary>A rule of the stacking that set a layer aside, with its Chapter 99 heading and the notice it rests on.</summary>
public sealed record ApiStackingRule(string Says, string Heading, string Notice);

/// <summary>The tariff change that set a layer's rate, and the layer in the API that lists it.</summary>
public sealed record ApiSetBy(string Key, string Layer, DateOnly EffectiveOn, string Api);

/// <summary>
/// One layer of a product's duty on the day. <c>charged</c> false: the line is named for it but does not pay it, and
/// <c>rule</c> or <c>note</c> says why. <c>rate</c> in percent (null where the store holds none, or for a general rate
/// with no ad valorem part); <c>rateText</c> the general rate as the schedule words it. <c>chargedOn</c>: FullValue,
/// MetalContent or RestOfValue. The rate holds from <c>from</c> up to, not including, <c>until</c> as far as the records go.
/// </summary>
public sealed record ApiProductLayer(
    string Id, string Part, string Name, string? Authority, string Heading, decimal? Rate, string? RateText, bool Charged, string ChargedOn,
    DateOnly From, DateOnly? Until, ApiStackingRule? Rule, string? Note, ApiSetBy? SetBy, IReadOnlyList<ApiSource> Sources);

/// <summary>
/// The layers charged, added up in percent of the value each is charged on; <c>specificDuty</c> is the general rate's
/// specific part ("2.4¢/kg"), which no percent stands for; <c>withoutRate</c> names layers the store holds no rate for.
/// </summary>
public sealed record ApiProductTotal(decimal OnFullValue, decimal OnMetalContent, decimal OnRestOfValue, string? SpecificDuty, IReadOnlyList<string> WithoutRate);

/// <summary>
/// What a product pays on the as-of day, layer by layer. <c>notOnRecord</c>: the day is past the last revision of the
/// schedule on record (the figures are the records' as they stand, never projected); <c>outOfSchedule</c>: the line is not
/// in the schedule that day, and there are no layers.
/// </summary>
public sealed record ApiProductStack(
    DateTimeOffset AsOf, DateOnly Day, ApiProductLine Line, IReadOnlyList<ApiProductLayer> Layers, ApiProductTotal Total, string? NotOnRecord,
    string? OutOfSchedule, ApiScheduleRevision? LastRevision, string Page);

/// <summary>A layer that is charged on some day of a series, by its id, with its name.</summary>
public sealed record ApiSeriesLayer(string Id, string Name);

/// <summary>A product's totals at the end of one day, and each layer's charged rate by layer id (layers not charged that day are left out).</summary>
public sealed record ApiProductDay(DateOnly Day, decimal OnFullValue, decimal OnMetalContent, decimal OnRestOfValue, IReadOnlyDictionary<string, decimal> Layers);

/// <summary>A product's duties day by day from <c>from</c> to <c>to</c>; <c>layers</c> names every layer charged on one of the days.</summary>
public sealed record ApiProductDaily(
    DateTimeOffset AsOf, string Hts10, string Code, DateOnly From, DateOnly To, IReadOnlyList<ApiSeriesLayer> Layers, IReadOnlyList<ApiProductDay> Days,
    string? NotOnRecord, ApiScheduleRevision? LastRevision);

/// <summary>
/// What moved a step: a tariff change (<c>change</c>), a new general rate (<c>generalRate</c>, as the schedule words it), a
/// programme's listing that began or ended (<c>programme</c>), or, with none of them, the line entering or leaving the schedule.
/// </summary>
public sealed record ApiStepCause(string What, ApiSetBy? Change, string? GeneralRate, string? Programme);

/// <summary>One step of a product's duties: from <c>from</c> until the next step, the totals, each layer's charged rate, and what moved it.</summary>
public sealed record ApiProductStep(
    DateOnly From, decimal OnFullValue, decimal OnMetalContent, decimal OnRestOfValue, IReadOnlyDictionary<string, decimal> Layers, IReadOnlyList<ApiStepCause> MovedBy);

/// <summary>A product's steps from <c>from</c> to <c>to</c>: the first on <c>from</c>, then one wherever the total or a layer's charged rate changes.</summary>
public sealed record ApiProductSteps(
    DateTimeOffset AsOf, string Hts10, string Code, DateOnly From, DateOnly To, IReadOnlyList<ApiSeriesLayer> Layers, IReadOnlyList<ApiProductStep> Steps);
