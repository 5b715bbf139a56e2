
namespace TradeTalks.Time;

/// <summary>
/// The instant every figure answers for. A date means the end of that day in US Eastern time, so that every
/// change that took effect that day is included.
/// </summary>
public readonly record struct AsOf(DateTimeOffset Instant, DateOnly? Date)
{
    /// <summary>The earliest date the store has data for.</summary>
    public static readonly DateOnly Earliest = new(2025, 1, 1);

    /// <summary>How far past today an as-of date may go: scheduled changes and deadlines can be looked ahead to.</summary>
    public const int MaxDaysAhead = 366;

    public static AsOf Now(TimeProvider time) => new(time.GetUtcNow(), null);

    public static AsOf EndOf(DateOnly date) => new(Zones.UsEastern.EndOfDay(date), date);

    /// <summary>A given instant, such as the API's <c>at</c>; its day is the US Eastern day it falls on.</summary>
    public static AsOf At(DateTimeOffset instant) => new(instant, Zones.UsEastern.DayOf(instant));

    /// <summary>The day in US Eastern time this as-of falls on.</summary>
    public DateOnly Day => Date ?? Zones.UsEastern.DayOf(Instant);

    public bool IsNow => Date is null;

    /// <summary>
    /// Reads a YYYY-MM-DD date. Empty input means now. Returns false with a message that says what is wrong and
    /// what to do when the text is not a date or lies outside the range the store can answer for.
    /// </summary>
    public static bool TryParse(string? text, TimeProvider time, out AsOf asOf, out string? error)
    {
        asOf = Now(time);
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var trimmed = text.Trim();
        if (!UserInput.TryParseDay(trimmed, out var date))
        {
            error = $"\"{UserInput.Shorten(trimmed)}\" is not a date. Give the as-of date as YYYY-MM-DD, for example 2025-06-10.";
            return false;
        }

        var today = Zones.UsEastern.DayOf(time.GetUtcNow());
        var latest = today.AddDays(MaxDaysAhead);
        if (date < Earliest)
        {
            error = $"{trimmed} is before {Earliest:yyyy-MM-dd}, when the records start. Choose a date from {Earliest:yyyy-MM-dd} on.";
            return false;
        }

        if (date > latest)
        {
            error = $"{trimmed} is too far in the future. Choose a date up to {latest:yyyy-MM-dd}.";
            return false;
        }

        asOf = EndOf(date);
        return true;
    }

}
