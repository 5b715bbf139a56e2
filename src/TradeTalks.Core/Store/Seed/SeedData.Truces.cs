using TradeTalks.Time;
using TradeTalks.Truces;

namespace TradeTalks.Store.Seed;

public sealed partial class SeedData
{
    private List<TruceWindow> CreateTruceWindows() =>
    [
        new()
        {
            Key = "geneva-truce",
            Name = "Geneva truce",
            AnnouncedOn = Day(2025, 5, 12),
            StartsAt = At0001Eastern(Day(2025, 5, 14)),
            Deadline = At0001Eastern(Day(2025, 8, 12)),
            DeadlineZone = Zones.UsEasternId,
            SuspendedPointsUsOnChina = 24,
            SuspendedPointsChinaOnUs = 24,
            LapseRateUsOnChina = 34,
            LapseRateChinaOnUs = 34,
            LapseTerms = "The 24 suspended points come back on both sides: the US reciprocal rate on Chinese goods returns to 34%, and China's rate on US goods to 34%.",
            Summary = "Agreed in Geneva: for 90 days each side suspends 24 points of its spring tariffs and keeps 10%, while the two negotiate.",
            Sources = Cite("china-daily-geneva"),
            Extensions =
            [
                new()
                {
                    Key = "geneva-truce-extension-1",
                    Name = "First 90-day extension",
                    SignedOn = Day(2025, 8, 11),
                    SignedAt = Zones.UsEastern.StartOfDay(Day(2025, 8, 11)),
                    NewDeadline = At0001Eastern(Day(2025, 11, 10)),
                    Summary = "Signed the day before the first deadline: the suspension runs for another 90 days.",
                    Note = "Some reports give 9 November as the new deadline; the White House fact sheet supports 10 November.",
                    Sources = Cite("white-house-2025-08-11"),
                },
                new()
                {
                    Key = "geneva-truce-extension-busan",
                    Name = "One-year extension after Busan",
                    SignedOn = Day(2025, 11, 4),
                    SignedAt = Zones.UsEastern.StartOfDay(Day(2025, 11, 4)),
                    NewDeadline = At0001Eastern(Day(2026, 11, 10)),
                    Summary = "Executive orders after the Busan summit keep the 24 points suspended for a further year; China's commerce ministry confirmed the same the next day.",
                    Sources = Cite("mondaq-nov-2025", "report-az-mofcom"),
                },
            ],
        },
    ];
}
