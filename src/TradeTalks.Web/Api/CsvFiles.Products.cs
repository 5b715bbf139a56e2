using System.Globalization;
using CsvHelper;
using TradeTalks.Tariffs;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Web.Api;

// The product downloads (issue 26): a search's lines, one line's layers on a day, and its duties day by day. Each gives
// the figures of the API's answer it is made from, so the two agree.
public static partial class CsvFiles
{
    /// <summary>A line a search found; its description path from the heading down, joined by " › ".</summary>
    [CsvRecord]
    public sealed partial record ProductRow(string Hts10, string Code, string Description, string Path, string? GeneralRate, string Page)
    {
        public static ProductRow Of(ApiProductItem p) => new(p.Hts10, p.Code, Text(p.Description), Text(string.Join(" › ", p.Path)), Text(p.GeneralRate), p.Page);
    }

    /// <summary>
    /// One layer of a line's duty on the day, with the line's totals on every row (so a row read alone still says what the
    /// line pays). A line not in the schedule that day has one row with no layer, saying so.
    /// </summary>
    [CsvRecord]
    public sealed partial record ProductLayerRow(
        string Hts10, string Code, [CsvFormat(Day)] DateOnly Day, string? Layer, string? Part, string? Name, string? Authority, string? Heading, decimal? Rate,
        string? RateText, bool? Charged, string? ChargedOn, [CsvFormat(Day)] DateOnly? From, [CsvFormat(Day)] DateOnly? Until, string? Rule, string? RuleHeading,
        string? RuleNotice, string? Note, string? SetBy, [CsvFormat(Day)] DateOnly? SetByEffectiveOn, string? Sources, string? SourceAddresses,
        decimal TotalOnFullValue, decimal TotalOnMetalContent, decimal TotalOnRestOfValue, string? SpecificDuty, string WithoutRate, string? NotOnRecord,
        string? OutOfSchedule)
    {
        public static IEnumerable<ProductLayerRow> Of(ApiProductStack s)
        {
            var t = s.Total;
            var withoutRate = Text(string.Join("; ", t.WithoutRate));
            if (s.Layers.Count == 0)
            {
                return [new(s.Line.Hts10, s.Line.Code, s.Day, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    t.OnFullValue, t.OnMetalContent, t.OnRestOfValue, Text(t.SpecificDuty), withoutRate, Text(s.NotOnRecord), Text(s.OutOfSchedule))];
            }

            return s.Layers.Select(l => new ProductLayerRow(
                s.Line.Hts10, s.Line.Code, s.Day, l.Id, l.Part, Text(l.Name), Label<TariffAuthority>(l.Authority, a => a.Label()), l.Heading, l.Rate, Text(l.RateText),
                l.Charged, l.ChargedOn, l.From, l.Until, Text(l.Rule?.Says), Text(l.Rule?.Heading), Text(l.Rule?.Notice), Text(l.Note), l.SetBy?.Key,
                l.SetBy?.EffectiveOn, Titles(l.Sources), Addresses(l.Sources),
                t.OnFullValue, t.OnMetalContent, t.OnRestOfValue, Text(t.SpecificDuty), withoutRate, Text(s.NotOnRecord), Text(s.OutOfSchedule)));
        }
    }

    /// <summary>
    /// A line's duties day by day: Day, the three totals, then one column per layer charged on some day, by its id, empty
    /// on a day it is not charged. The columns depend on the line, so the rows are written field by field.
    /// </summary>
    public static class ProductDayRow
    {
        public static byte[] Write(ApiProductDaily daily) => CsvFiles.Write(csv =>
        {
            csv.WriteHeader([nameof(ApiProductDay.Day), nameof(ApiProductDay.OnFullValue), nameof(ApiProductDay.OnMetalContent), nameof(ApiProductDay.OnRestOfValue),
                .. daily.Layers.Select(l => l.Id)]);
            foreach (var day in daily.Days)
            {
                csv.WriteField(day.Day, Day);
                csv.WriteField(day.OnFullValue, "");
                csv.WriteField(day.OnMetalContent, "");
                csv.WriteField(day.OnRestOfValue, "");
                foreach (var layer in daily.Layers)
                {
                    csv.WriteField(day.Layers.TryGetValue(layer.Id, out var rate) ? rate.ToString(CultureInfo.InvariantCulture) : null);
                }

                csv.EndRecord();
            }
        });
    }
}
