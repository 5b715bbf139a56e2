namespace TradeTalks;

// Beside IKeyed and IEditable, the other things a record says about itself: every kind's record is marked, from
// every feature's namespace.

/// <summary>
/// The entity has an entry in the data set, <c>{Name}Entry</c>, which TradeTalks.Generators writes from it: the key
/// first, then the entity's own properties in their order, then its sources, then its children. A reference to another
/// record becomes that record's key, a list of them a list of keys, and a list of records that point back (a layer's
/// changes) a list of their entries. The row id, foreign-key ids, the reference back to a parent, the last edit time
/// and properties without a setter are left out. A property is required in the entry when its type does not allow
/// null, unless it says otherwise with <see cref="OptionalInDataSetAttribute"/> or
/// <see cref="LeftOutWhenDefaultAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DataSetEntryAttribute : Attribute;

/// <summary>
/// Required in the store but optional in the data set. An instant given by a day of the same record says which day and
/// which instant of it (<c>[OptionalInDataSet(nameof(EffectiveOn), InstantOfDay.OneMinutePastMidnightEastern)]</c>):
/// absent, it is filled in from the day (DataSets.DayDefaults), and written out only when it differs from that. Any
/// other such field is filled in by its kind (<see cref="DataSets.DataSetKind{TEntity,TEntry}.Link"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class OptionalInDataSetAttribute(string? day = null, InstantOfDay instant = InstantOfDay.StartOfDayEastern) : Attribute
{
    /// <summary>The record's day (a <see cref="DateOnly"/> property) this instant defaults from; null for any other field.</summary>
    public string? Day { get; } = day;

    public InstantOfDay Instant { get; } = instant;
}

/// <summary>Which instant of a day an instant left out of the data set stands for.</summary>
public enum InstantOfDay
{
    /// <summary>The start of the day in US Eastern time (a truce extension counts as known from then).</summary>
    StartOfDayEastern,

    /// <summary>00:01 US Eastern, when orders take effect (a tariff change, a measure's step).</summary>
    OneMinutePastMidnightEastern,
}

/// <summary>Optional in the data set and left out when it holds its default (false, an enum's first value).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class LeftOutWhenDefaultAttribute : Attribute;
