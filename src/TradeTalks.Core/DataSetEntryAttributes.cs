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
/// Required in the store but optional in the data set: the kind fills it in when it is absent and leaves it out when it
/// equals what would be filled in (<see cref="DataSets.DataSetKind{TEntity,TEntry}.Link"/>,
/// <see cref="DataSets.DataSetKind{TEntity,TEntry}.DefaultsLeftOut"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class OptionalInDataSetAttribute : Attribute;

/// <summary>Optional in the data set and left out when it holds its default (false, an enum's first value).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class LeftOutWhenDefaultAttribute : Attribute;
