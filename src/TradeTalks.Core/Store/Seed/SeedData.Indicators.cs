using TradeTalks.Indicators;

namespace TradeTalks.Store.Seed;

public sealed partial class SeedData
{
    private List<IndicatorRelease> CreateIndicators() =>
    [
        new()
        {
            Key = "oecd-world-growth-2025-06",
            Indicator = "OECD world GDP growth forecast for 2025",
            Region = "World",
            Side = Side.Other,
            Period = "2025",
            PeriodStart = Day(2025, 1, 1),
            Value = 2.9m,
            Unit = "%",
            Prior = 3.1m,
            PriorLabel = "previous OECD forecast",
            ReleasedOn = Day(2025, 6, 3),
            Note = "The OECD blamed higher trade barriers for the cut.",
            Sources = Cite("article-london-2025-06", "japan-times-oecd-2025-06"),
        },
        new()
        {
            Key = "china-exports-2025-05",
            Indicator = "China exports, USD, year on year",
            Region = "China",
            Side = Side.China,
            Period = "May 2025",
            PeriodStart = Day(2025, 5, 1),
            Value = 4.8m,
            Unit = "%",
            ExpectedNote = "Below forecasts; the sources give no consensus figure.",
            ReleasedOn = Day(2025, 6, 9),
            Sources = Cite("article-london-2025-06", "independent-china-trade-2025-05"),
        },
        new()
        {
            Key = "china-imports-2025-05",
            Indicator = "China imports, USD, year on year",
            Region = "China",
            Side = Side.China,
            Period = "May 2025",
            PeriodStart = Day(2025, 5, 1),
            Value = -3.4m,
            Unit = "%",
            Expected = -0.9m,
            ExpectedNote = "Reuters poll",
            ReleasedOn = Day(2025, 6, 9),
            Sources = Cite("article-london-2025-06"),
        },
        new()
        {
            Key = "china-rare-earth-mining-share-2024",
            Indicator = "China's share of world rare-earth mining",
            Region = "China",
            Side = Side.China,
            Period = "2024",
            PeriodStart = Day(2024, 1, 1),
            Value = 69m,
            Unit = "%",
            Note = "About 270,000 of 390,000 tonnes mined worldwide.",
            Sources = Cite("article-london-2025-06", "usgs-rare-earths"),
        },
        PiieAverage("piie-us-on-china-2025-01-20", "US", Side.UnitedStates, "20 January 2025", Day(2025, 1, 20), 20.8m, null),
        PiieAverage("piie-us-on-china-2025-04-peak", "US", Side.UnitedStates, "April–May 2025 peak", Day(2025, 4, 12), 125m,
            "Reported as about 124–126%; the middle of that range is stored."),
        PiieAverage("piie-us-on-china-2025-05-geneva", "US", Side.UnitedStates, "After Geneva, May 2025", Day(2025, 5, 14), 51.1m, null),
        PiieAverage("piie-china-on-us-2025-05-geneva", "China", Side.China, "After Geneva, May 2025", Day(2025, 5, 14), 32.6m, null),
    ];

    private IndicatorRelease PiieAverage(string key, string imposer, Side side, string period, DateOnly start, decimal value, string? note) => new()
    {
        Key = key,
        Indicator = imposer == "US"
            ? "Average US tariff on Chinese goods (all layers, trade-weighted)"
            : "Average Chinese tariff on US goods (all layers, trade-weighted)",
        Region = imposer == "US" ? "United States" : "China",
        Side = side,
        Period = period,
        PeriodStart = start,
        Value = value,
        Unit = "%",
        Note = (note is null ? "" : note + " ") + "Counts every layer, including the older Section 301 tariffs, so it differs from the headline rate.",
        Sources = Cite("piie-chart"),
    };
}
