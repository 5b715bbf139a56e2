using System.Globalization;
using System.Text;
using CsvHelper;
using TradeTalks.Web.Components.Shared;

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

    /// <summary>The rows as UTF-8 with a byte-order mark, so that a spreadsheet reads "Trump–Xi" as written rather than guessing a code page.</summary>
    public static byte[] Write<T>(IEnumerable<T> rows) => Write(csv => csv.WriteRecords(rows));

    /// <summary>As <see cref="Write{T}(IEnumerable{T})"/>, for rows whose columns are only known when written.</summary>
    public static byte[] Write(Action<CsvWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, true))
        {
            write(csv);
        }

        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The sources' titles, one after another: what a reader recognises, where a key means nothing.</summary>
    private static string Titles(IEnumerable<ApiSource> sources) => Text(string.Join("; ", sources.Select(s => $"{s.Publisher}: {s.Title}")));

    /// <summary>The sources' web addresses, in the order of <see cref="Titles(IEnumerable{ApiSource})"/>.</summary>
    private static string Addresses(IEnumerable<ApiSource> sources) => string.Join(" ", sources.Select(s => s.Url).OfType<string>());

    /// <summary>A value the API gives as an enum's name, in the pages' words ("UnitedStates" → "United States").</summary>
    private static string Label<TEnum>(string? name, Func<TEnum, string> label)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(name, ignoreCase: false, out var value) && Enum.IsDefined(value) ? label(value) : name ?? "";

    private static string SideName(string? side) => Label<Side>(side, s => s.Name());

    /// <summary>
    /// Text for a cell, with the escape in front of a full-width formula sign: the writer escapes the ASCII signs
    /// itself but takes ASCII ones only.
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static string? Text(string? text) =>
        text is [('＝' or '＋' or '－' or '＠'), ..] ? $"{Options.InjectionEscape}{text}" : text;

    /// <summary>A change of a layer, with the layer's rate before it and after it.</summary>
    [CsvRecord]
    public sealed partial record TariffChangeRow(
        string Key, string Layer, string Imposer, decimal RateBefore, decimal Rate, decimal? LowestRate, bool EndsLayer, bool ScheduledOnly, [CsvFormat(Day)] DateOnly? AnnouncedOn,
        [CsvFormat(Day)] DateOnly EffectiveOn, [CsvFormat(Instant)] DateTimeOffset EffectiveAt, string Cause, string? Note, string Sources, string SourceAddresses)
    {
        /// <param name="layerName">The layer's name, which the reader knows it by.</param>
        public static TariffChangeRow Of(ApiTariffChange c, string layerName, decimal rateBefore) => new(
            c.Key, Text(layerName), SideName(c.Imposer), rateBefore, c.Rate, c.LowestRate, c.EndsLayer, c.ScheduledOnly, c.AnnouncedOn, c.EffectiveOn, c.EffectiveAt.ToUniversalTime(),
            Text(c.Cause), Text(c.Note), Titles(c.Sources), Addresses(c.Sources));
    }

    [CsvRecord]
    public sealed partial record TimelineRow(
        [CsvFormat(Day)] DateOnly Day, [CsvFormat(Day)] DateOnly? LastDay, string Kind, string Key, string Title, string Summary, string? Side, string People, string? Detail,
        string? Figure, string Sources, string SourceAddresses)
    {
        public static TimelineRow Of(ApiTimelineItem i) => new(
            i.Day, i.LastDay, Label<Timeline.TimelineKind>(i.Kind, k => k.Singular()), i.Key, Text(i.Title), Text(i.Summary), i.Side is null ? null : SideName(i.Side),
            Text(string.Join("; ", i.People.Select(p => p.Name))), Text(i.Detail), Text(i.Figure), Titles(i.Sources), Addresses(i.Sources));
    }

    [CsvRecord]
    public sealed partial record MeasureRow(
        string Key, string Side, string Kind, string Title, string Covers, string Standing, [CsvFormat(Day)] DateOnly Since, string? Note, string Sources, string SourceAddresses)
    {
        public static MeasureRow Of(ApiMeasure m) => new(
            m.Key, SideName(m.Side), Label<Measures.MeasureKind>(m.Kind, k => k.Label()), Text(m.Title), Text(m.Covers), Label<Measures.MeasureStanding>(m.Standing, s => s.Label()),
            m.Since, Text(m.Note), Titles(m.Sources), Addresses(m.Sources));
    }

    [CsvRecord]
    public sealed partial record IndicatorRow(
        string Key, string Indicator, string Region, string? Series, string Side, string Period, [CsvFormat(Day)] DateOnly PeriodStart, decimal Value, string Unit,
        decimal? Prior, decimal? Expected, [CsvFormat(Day)] DateOnly? ReleasedOn, string Sources, string SourceAddresses)
    {
        public static IndicatorRow Of(ApiIndicatorRelease r) => new(
            r.Key, Text(r.Indicator), Text(r.Region), Text(r.Series), SideName(r.Side), Text(r.Period), r.PeriodStart, r.Value, Text(r.Unit), r.Prior, r.Expected, r.ReleasedOn,
            Titles(r.Sources), Addresses(r.Sources));
    }

    [CsvRecord]
    public sealed partial record DailyRateRow([CsvFormat(Day)] DateOnly Day, decimal UsOnChina, decimal ChinaOnUs)
    {
        public static DailyRateRow Of(ApiDailyRate d) => new(d.Day, d.UsOnChina, d.ChinaOnUs);
    }

    /// <summary>
    /// One line of "what changed": something that took effect in the world, or a correction to the record. Part says
    /// which; What is the change in words (a rate from → to, a deadline, a field before → after).
    /// </summary>
    [CsvRecord]
    public sealed partial record ChangeRow(
        string Part, [CsvFormat(Day)] DateOnly Day, string Kind, string Title, string What, string? Side, string Sources, string SourceAddresses, string Page)
    {
        public const string InTheWorld = "In the world";

        public const string InTheRecord = "In the record";

        public static ChangeRow Of(Changes.WorldChange c) => new(
            InTheWorld, c.Day, c.Kind.Singular(), Text(c.Title), Text(c.What), c.Side?.Name(),
            Text(string.Join("; ", c.Sources.Select(s => $"{s.Publisher}: {s.Title}"))), string.Join(" ", c.Sources.Select(s => s.Url).OfType<string>()), c.Link);

        public static ChangeRow Of(Changes.CorrectionText c) => new(
            InTheRecord, c.Day, $"Correction to a {c.Kind}", Text(c.Title), Text(c.Lines.Count == 0 ? c.What : $"{c.What}: {string.Join("; ", c.Lines)}"), null, "", "", c.Page);
    }
}
