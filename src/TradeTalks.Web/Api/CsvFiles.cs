using System.Globalization;
using System.Text;
using CsvHelper;

namespace TradeTalks.Web.Api;

/// <summary>
/// CSV downloads: one header row, invariant numbers, days as YYYY-MM-DD and instants as ISO 8601 in UTC. A text cell
/// that starts with =, +, - or @ (or their full-width forms ＝ ＋ － ＠, which some spreadsheets take for them) is
/// escaped, so a spreadsheet shows it instead of running it.
/// </summary>
public static partial class CsvFiles
{
    public const string Day = "yyyy-MM-dd";

    public const string Instant = "yyyy-MM-ddTHH:mm:ssZ";

    public static CsvWriterOptions Options { get; } = new()
    {
        FormatProvider = CultureInfo.InvariantCulture,
        Injection = CsvInjection.Escape,
    };

    public static byte[] Write<T>(IEnumerable<T> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, true))
        {
            csv.WriteRecords(rows);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Keys(IEnumerable<ApiSource> sources) => string.Join(" ", sources.Select(s => s.Key));

    /// <summary>
    /// Text for a cell, with the escape in front of a full-width formula sign: the writer escapes the ASCII signs
    /// itself but takes ASCII ones only.
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static string? Text(string? text) =>
        text is [('＝' or '＋' or '－' or '＠'), ..] ? $"{Options.InjectionEscape}{text}" : text;

    [CsvRecord]
    public sealed partial record TariffChangeRow(
        string Key, string Layer, string Imposer, decimal Rate, decimal? LowestRate, bool EndsLayer, bool ScheduledOnly, [CsvFormat(Day)] DateOnly? AnnouncedOn, [CsvFormat(Day)] DateOnly EffectiveOn,
        [CsvFormat(Instant)] DateTimeOffset EffectiveAt, string Cause, string? Note, string Sources)
    {
        public static TariffChangeRow Of(ApiTariffChange c) => new(
            c.Key, c.Layer, c.Imposer, c.Rate, c.LowestRate, c.EndsLayer, c.ScheduledOnly, c.AnnouncedOn, c.EffectiveOn, c.EffectiveAt.ToUniversalTime(), Text(c.Cause), Text(c.Note), Keys(c.Sources));
    }

    [CsvRecord]
    public sealed partial record TimelineRow(
        [CsvFormat(Day)] DateOnly Day, [CsvFormat(Day)] DateOnly? LastDay, string Kind, string Key, string Title, string Summary, string? Side, string People, string? Detail,
        string? Figure, string Sources)
    {
        public static TimelineRow Of(ApiTimelineItem i) => new(
            i.Day, i.LastDay, i.Kind, i.Key, Text(i.Title), Text(i.Summary), i.Side, string.Join(" ", i.People.Select(p => p.Key)), Text(i.Detail), Text(i.Figure), Keys(i.Sources));
    }

    [CsvRecord]
    public sealed partial record MeasureRow(string Key, string Side, string Kind, string Title, string Covers, string Standing, [CsvFormat(Day)] DateOnly Since, string? Note, string Sources)
    {
        public static MeasureRow Of(ApiMeasure m) => new(m.Key, m.Side, m.Kind, Text(m.Title), Text(m.Covers), m.Standing, m.Since, Text(m.Note), Keys(m.Sources));
    }

    [CsvRecord]
    public sealed partial record IndicatorRow(
        string Key, string Indicator, string Region, string? Series, string Side, string Period, [CsvFormat(Day)] DateOnly PeriodStart, decimal Value, string Unit,
        decimal? Prior, decimal? Expected, [CsvFormat(Day)] DateOnly? ReleasedOn, string Sources)
    {
        public static IndicatorRow Of(ApiIndicatorRelease r) => new(
            r.Key, Text(r.Indicator), Text(r.Region), Text(r.Series), r.Side, Text(r.Period), r.PeriodStart, r.Value, Text(r.Unit), r.Prior, r.Expected, r.ReleasedOn, Keys(r.Sources));
    }

    [CsvRecord]
    public sealed partial record DailyRateRow([CsvFormat(Day)] DateOnly Day, decimal UsOnChina, decimal ChinaOnUs)
    {
        public static DailyRateRow Of(ApiDailyRate d) => new(d.Day, d.UsOnChina, d.ChinaOnUs);
    }
}
