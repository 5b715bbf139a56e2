using System.Reflection;

namespace TradeTalks.DataSets;

/// <summary>
/// The instants a record must have and its entry may leave out, because a day of the same record gives them: the
/// fields marked <c>[OptionalInDataSet(day, instant)]</c>. On the way in an absent one is filled in from its day; on the
/// way out one that equals that default is left out, so that two entries meaning the same are written alike.
/// </summary>
internal static class DayDefaults<TEntity, TEntry>
    where TEntry : class
{
    private static readonly Field[] Fields = [.. typeof(TEntity).GetProperties()
        .Select(p => (Record: p, Optional: p.GetCustomAttribute<OptionalInDataSetAttribute>()))
        .Where(p => p.Optional?.Day is not null)
        .Select(p => new Field(p.Record, typeof(TEntry).GetProperty(p.Record.Name)!, typeof(TEntry).GetProperty(p.Optional!.Day!)!, Instant(p.Optional.Instant)))];

    // A record's copy, as `with` makes it: the compiler's clone method on every record type.
    private static readonly MethodInfo? Clone = Fields.Length == 0 ? null : typeof(TEntry).GetMethod("<Clone>$");

    public static void Fill(TEntry entry, TEntity record)
    {
        foreach (var field in Fields)
        {
            field.Record.SetValue(record, field.Entry.GetValue(entry) ?? field.ByDefault(entry));
        }
    }

    public static TEntry LeftOut(TEntry entry)
    {
        var copy = entry;
        foreach (var field in Fields)
        {
            if (field.Entry.GetValue(entry) is DateTimeOffset instant && instant == field.ByDefault(entry))
            {
                copy = ReferenceEquals(copy, entry) ? (TEntry)Clone!.Invoke(entry, null)! : copy;
                field.Entry.SetValue(copy, null);
            }
        }

        return copy;
    }

    private static Func<DateOnly, DateTimeOffset> Instant(InstantOfDay instant) => instant switch
    {
        InstantOfDay.OneMinutePastMidnightEastern => DataSetRules.DefaultEffectiveAt,
        _ => DataSetRules.DefaultSignedAt,
    };

    private sealed record Field(PropertyInfo Record, PropertyInfo Entry, PropertyInfo Day, Func<DateOnly, DateTimeOffset> Default)
    {
        public DateTimeOffset ByDefault(TEntry entry) => Default((DateOnly)Day.GetValue(entry)!);
    }
}
