using TradeTalks.Time;

namespace TradeTalks.Web.Components.Pages.Tariffs;

/// <summary>The span of the escalation chart: everything, 2025, since the Geneva talks, or chosen dates.</summary>
public sealed record ChartRange(string Key, string Label, DateOnly? From, DateOnly? To)
{
    public static readonly DateOnly GenevaTalksBegan = new(2025, 5, 10);

    /// <summary>The span custom dates may take: the records start in 2025; far-future dates are refused.</summary>
    public static readonly DateOnly Earliest = new(2024, 1, 1);

    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static IReadOnlyList<ChartRange> Presets { get; } =
    [
        new("all", "All", null, null),
        new("2025", "2025", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)),
        new("geneva", "Since Geneva", GenevaTalksBegan, null),
        new("custom", "Custom", null, null),
    ];

    /// <summary>Where the chart ends for <paramref name="asOf"/>: the range's last day, or the as-of instant if that comes first.</summary>
    public DateTimeOffset EndFor(AsOf asOf) =>
        To is { } to && Zones.UsEastern.EndOfDay(to) < asOf.Instant ? Zones.UsEastern.EndOfDay(to) : asOf.Instant;

    /// <summary>Reads the range from the address; an unknown range or bad date falls back to all, with a message.</summary>
    public static ChartRange Read(string? key, string? from, string? to, out string? problem)
    {
        problem = null;
        var preset = Presets.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase));
        if (key is not null && preset is null)
        {
            problem = $"\"{UserInput.Shorten(key)}\" is not a chart range; showing all. Use all, 2025, geneva or custom.";
        }

        preset ??= Presets[0];
        if (preset.Key != "custom")
        {
            return preset;
        }

        var fromDay = Parse(from, ref problem);
        var toDay = Parse(to, ref problem);
        if (fromDay > toDay)
        {
            (fromDay, toDay) = (toDay, fromDay);
        }

        return preset with { From = fromDay, To = toDay };
    }


    private static DateOnly? Parse(string? text, ref string? problem)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!UserInput.TryParseDay(text, out var day))
        {
            problem = $"\"{UserInput.Shorten(text)}\" is not a date; use YYYY-MM-DD.";
            return null;
        }

        if (day < Earliest || day > Latest)
        {
            problem = $"{text} is outside the dates the chart can show; choose a date from {Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}.";
            return null;
        }

        return day;
    }
}
