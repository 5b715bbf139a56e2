using System.Linq.Expressions;
using System.Reflection;

namespace TradeTalks.DataSets;

/// <summary>
/// Copies the fields a stored record and its data-set entry share, by name: the one piece of mapping every kind has,
/// written once instead of once per kind and direction. A field copies when both sides have it with the same type (a
/// title, a day, a rate); a reference to another record copies as that record's key (a list of them as their keys in
/// key order, the canonical form). What differs (references read back from keys, instants left out when they equal
/// their default, children) each kind says in <see cref="Kinds"/>. The copies are compiled once per pair of types.
/// </summary>
internal static class SameNamedFields<TFrom, TTo> where TTo : class
{
    /// <summary>A new <typeparamref name="TTo"/> with every shared field of the record given.</summary>
    public static Func<TFrom, TTo> Create { get; } = Compile();

    /// <summary>Copies the shared fields into a record that exists; references are left to the kind.</summary>
    public static Action<TFrom, TTo> Copy { get; } = CompileCopy();

    private static Func<TFrom, TTo> Compile()
    {
        var from = Expression.Parameter(typeof(TFrom), "from");
        var bindings = Shared(from, withKeys: true).Select(p => (MemberBinding)Expression.Bind(p.Target, p.Value));
        return Expression.Lambda<Func<TFrom, TTo>>(Expression.MemberInit(Expression.New(typeof(TTo)), bindings), from).Compile();
    }

    private static Action<TFrom, TTo> CompileCopy()
    {
        var from = Expression.Parameter(typeof(TFrom), "from");
        var to = Expression.Parameter(typeof(TTo), "to");
        var assignments = Shared(from, withKeys: false).Select(p => (Expression)Expression.Assign(Expression.Property(to, p.Target), p.Value)).ToList();
        return Expression.Lambda<Action<TFrom, TTo>>(assignments.Count == 0 ? Expression.Empty() : Expression.Block(assignments), from, to).Compile();
    }

    private static IEnumerable<(PropertyInfo Target, Expression Value)> Shared(ParameterExpression from, bool withKeys)
    {
        var sources = typeof(TFrom).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead).ToDictionary(p => p.Name);
        foreach (var target in typeof(TTo).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.Name != "Id"))
        {
            if (!sources.TryGetValue(target.Name, out var source))
            {
                continue;
            }

            var value = Expression.Property(from, source);
            if (source.PropertyType == target.PropertyType)
            {
                yield return (target, value);
            }
            else if (withKeys && Nullable.GetUnderlyingType(target.PropertyType) == source.PropertyType)
            {
                // A stored instant to an entry's optional one; the kind leaves it out when it is the default.
                yield return (target, Expression.Convert(value, target.PropertyType));
            }
            else if (withKeys && target.PropertyType == typeof(string) && typeof(IKeyed).IsAssignableFrom(source.PropertyType))
            {
                yield return (target, Expression.Call(typeof(RecordKeys), nameof(RecordKeys.KeyOf), [source.PropertyType], value));
            }
            else if (withKeys && target.PropertyType == typeof(IReadOnlyList<string>) && KeyedElement(source.PropertyType) is { } element)
            {
                yield return (target, Expression.Call(typeof(RecordKeys), nameof(RecordKeys.KeysOf), [element], value));
            }
        }
    }

    private static Type? KeyedElement(Type list) =>
        list.IsGenericType && list.GetGenericTypeDefinition() == typeof(List<>) && typeof(IKeyed).IsAssignableFrom(list.GetGenericArguments()[0])
            ? list.GetGenericArguments()[0]
            : null;
}

/// <summary>
/// An entry put in canonical form: the lists of keys that stand for lists of records (sources, participants) in key order,
/// and the children in their own kind's canonical form (<see cref="Kinds"/>). The list fields are found once per kind,
/// by comparing the entry with the stored record.
/// </summary>
internal static class CanonicalEntries<TEntity, TEntry> where TEntry : class, IEntry
{
    public static Func<TEntry, TEntry> Of { get; } = Compile();

    private static Func<TEntry, TEntry> Compile()
    {
        var entry = Expression.Parameter(typeof(TEntry), "entry");
        var records = typeof(TEntity).GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => p.Name, p => p.PropertyType);
        var bindings = new List<MemberBinding>();
        foreach (var property in typeof(TEntry).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            Expression value = Expression.Property(entry, property);
            var stored = records.GetValueOrDefault(property.Name);
            if (property.PropertyType == typeof(IReadOnlyList<string>) && stored is not null && stored.IsGenericType
                && typeof(IKeyed).IsAssignableFrom(stored.GetGenericArguments()[0]))
            {
                value = Expression.Call(typeof(RecordKeys), nameof(RecordKeys.Sorted), null, value);
            }
            else if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
                && typeof(IEntry).IsAssignableFrom(property.PropertyType.GetGenericArguments()[0]))
            {
                value = Expression.Call(typeof(Kinds), nameof(Kinds.Canonical), [property.PropertyType.GetGenericArguments()[0]], value);
            }

            bindings.Add(Expression.Bind(property, value));
        }

        return Expression.Lambda<Func<TEntry, TEntry>>(Expression.MemberInit(Expression.New(typeof(TEntry)), bindings), entry).Compile();
    }
}

/// <summary>References as the data set writes them: by key, lists in key order.</summary>
public static class RecordKeys
{
    public static string? KeyOf<T>(T? record) where T : class, IKeyed => record?.Key;

    public static IReadOnlyList<string> KeysOf<T>(List<T> records) where T : IKeyed => Sorted(records.Select(r => r.Key));

    public static IReadOnlyList<string> Sorted(IEnumerable<string> keys) => [.. keys.Order(StringComparer.Ordinal)];
}
