using TradeTalks.Products;
using TradeTalks.Time;
using TradeTalks.Timeline;
using TradeTalks.Web.Changes;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Web.Components.Pages.Products;

/// <summary>A product's duties in words, as its page, chart caption and step table say them, so that all three agree.</summary>
public static class ProductWords
{
    /// <summary>"169%"; with a Section 232 duty on the metal content, what the metal and the rest of the value pay on top; any specific duty.</summary>
    public static string Total(DutyTotal total)
    {
        var words = Percent.Format(total.OnFullValue);
        if (total.SplitByMetalContent)
        {
            words += $" of the full value, plus {Percent.Format(total.OnMetalContent)} on the metal content and {Percent.Format(total.OnRestOfValue)} on the rest of the value";
        }

        return total.SpecificDuty is { } specific ? $"{words}, plus the specific duty “{specific}”" : words;
    }

    /// <summary>The days a layer's rate holds: "from 10 Apr 2025 until further notice", or to its last day.</summary>
    public static string Days(DaySpan days) =>
        days.Until is { } until ? $"{Dates.Day(days.From)} to {Dates.Day(until.AddDays(-1))}" : $"From {Dates.Day(days.From)}, until further notice";

    /// <summary>What moved a step, in a few words: the layer and its new rate, a new general rate, a listing, the schedule.</summary>
    public static string Cause(StepCause cause, StackStep step) => cause switch
    {
        { Change: { EndsLayer: true } change } => $"{cause.What} ends",
        { Change: { } change } => $"{cause.What}: {Percent.Format(change.Rate)}",
        { GeneralRate: { } text } => $"General (MFN) rate becomes “{text}” in the schedule",
        { Programme: { } programme } => $"{programme.Name}: the line's listing {(Begins(programme, step) ? "begins" : "ends")}",
        _ => cause.What,
    };

    /// <summary>Where a tariff change is found, as /changes links one: the timeline on its day, filtered to tariff changes.</summary>
    public static string? Link(StepCause cause, AsOf asOf) =>
        cause.Change is { } change ? AsOfLinks.With(WorldWords.TimelineLink(TimelineKind.TariffChange, change.EffectiveOn), asOf) : null;

    /// <summary>The chart's caption: every step with its day, its total and what moved it.</summary>
    public static string Caption(ProductSeries series)
    {
        var steps = series.Steps.Select(s => $"{Dates.Day(s.Step.From)}: {Total(s.Step.Total)}"
            + (s.MovedBy.Count == 0 ? "" : $" ({string.Join("; ", s.MovedBy.Select(c => Cause(c, s.Step)))})"));
        return $"Duty on {ProductService.Dotted(series.Line.Hts10)} from China, in percent of the value, {Dates.Day(series.From)} to {Dates.Day(series.Until)}. "
            + string.Join(". ", steps) + ".";
    }

    private static bool Begins(ProductProgramme programme, StackStep step) =>
        step.Stack.Layers.Any(l => l.Programme?.Key == programme.Key && l.Days.From == step.From);
}
