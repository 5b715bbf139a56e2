using TradeTalks.Products;
using TradeTalks.Time;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Web.Components.Pages.Products;

/// <summary>The step chart's lines for a product: the total, and each layer that was charged on some day of the series.</summary>
public static class ProductChartLines
{
    private const string TotalColour = "#d32f2f";

    // Told apart in both themes; a line of more layers than colours reuses them, its name in the legend and hover says which.
    private static readonly string[] LayerColours = ["#1e88e5", "#f9a825", "#6a1b9a", "#2e7d32", "#00897b", "#ef6c00", "#8d6e63", "#c2185b", "#546e7a"];

    public static IReadOnlyList<ChartLine> Of(ProductSeries series)
    {
        var steps = series.Steps.Select(s => s.Step).ToList();
        var lines = new List<ChartLine> { Line("Total on the full value", TotalColour, steps, s => s.Total.OnFullValue, dashed: false) };
        if (steps.Any(s => s.Total.SplitByMetalContent))
        {
            lines.Add(Line("Total on the metal content", TotalColour, steps, s => s.Total.OnFullValue + s.Total.OnMetalContent, dashed: true));
            lines.Add(Line("Total on the rest of the value", "#7b1fa2", steps, s => s.Total.OnFullValue + s.Total.OnRestOfValue, dashed: true));
        }

        // Each layer by its id, named as the series last names it, in the order layers first appear.
        var layers = steps.SelectMany(s => s.Stack.Layers).Where(l => steps.Any(s => s.ChargedRates.ContainsKey(l.Id)))
            .GroupBy(l => l.Id).Select(g => (Id: g.Key, g.Last().Name)).ToList();
        for (var i = 0; i < layers.Count; i++)
        {
            var id = layers[i].Id;
            lines.Add(Line(layers[i].Name, LayerColours[i % LayerColours.Length], steps, s => s.ChargedRates.GetValueOrDefault(id), dashed: false));
        }

        return lines;
    }

    public static DateTimeOffset At(DateOnly day) => Zones.UsEastern.StartOfDay(day);

    private static ChartLine Line(string name, string colour, IReadOnlyList<StackStep> steps, Func<StackStep, decimal> value, bool dashed) =>
        new(name, colour, [.. steps.Select(s => new ChartPoint(At(s.From), (double)value(s)))],
            p => $"{name}: {Percent.Format((decimal)p.Value)} from {Dates.EasternDay(p.At)}", Dashed: dashed);
}
