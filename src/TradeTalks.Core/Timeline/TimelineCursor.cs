using System.Globalization;

namespace TradeTalks.Timeline;

/// <summary>
/// A place in the timeline's order (day, then table, then record): the key a keyset page starts after. Written in
/// addresses as <c>2025-06-09~0~12</c>.
/// </summary>
public readonly record struct TimelineCursor(DateOnly Day, RowOrigin Origin, int RecordId)
{
    internal static TimelineCursor Of(TimelineRow row) => new(row.Day, row.Origin, row.RecordId);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Day:yyyy-MM-dd}~{(int)Origin}~{RecordId}");

    public static bool TryParse(string? text, out TimelineCursor cursor)
    {
        cursor = default;
        var parts = (text ?? "").Split('~');
        if (parts.Length == 3
            && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var origin) && Enum.IsDefined((RowOrigin)origin)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            cursor = new TimelineCursor(day, (RowOrigin)origin, id);
            return true;
        }

        return false;
    }
}
