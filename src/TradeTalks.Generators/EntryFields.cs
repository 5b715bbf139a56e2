using Microsoft.CodeAnalysis;

namespace TradeTalks.Generators;

/// <summary>How an entry's field is written: its type as C# spells it, and whether the data set must give it.</summary>
internal sealed class EntryField(IPropertySymbol property, string type, bool required, bool leftOutWhenDefault, string? initial)
{
    public IPropertySymbol Property { get; } = property;

    public string Name => Property.Name;

    public string Type { get; } = type;

    public bool Required { get; } = required;

    public bool LeftOutWhenDefault { get; } = leftOutWhenDefault;

    /// <summary>The value of a field the data set may leave out, when not the type's default: lists start empty.</summary>
    public string? Initial { get; } = initial;
}

/// <summary>
/// The rule that turns an entity into its entry (TradeTalks.DataSetEntryAttribute says it in words): the key,
/// the entity's own properties in order, its sources, its children.
/// </summary>
internal static class EntryFields
{
    private const string EntryAttribute = "TradeTalks.DataSetEntryAttribute";
    private const string OptionalAttribute = "TradeTalks.OptionalInDataSetAttribute";
    private const string LeftOutAttribute = "TradeTalks.LeftOutWhenDefaultAttribute";

    // The row id and the last edit time belong to the store; the key and the sources have places of their own.
    private static readonly HashSet<string> Placed = ["Id", "UpdatedAt", "Key", "Sources"];

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static IReadOnlyList<EntryField> Of(INamedTypeSymbol entity)
    {
        var properties = Properties(entity);
        var fields = new List<EntryField>();
        var children = new List<EntryField>();
        if (properties.FirstOrDefault(p => p.Name == "Key") is { } key)
        {
            fields.Add(Plain(key));
        }

        foreach (var property in properties.Where(p => !Placed.Contains(p.Name) && !IsForeignKey(p, properties)))
        {
            if (ListedEntity(property.Type) is { } element)
            {
                if (PointsBack(element, entity))
                {
                    children.Add(new EntryField(property, $"global::System.Collections.Generic.IReadOnlyList<global::TradeTalks.DataSets.{element.Name}Entry>", false, false, "[]"));
                }
                else
                {
                    fields.Add(new EntryField(property, "global::System.Collections.Generic.IReadOnlyList<string>", false, false, "[]"));
                }
            }
            else if (IsEntity(property.Type))
            {
                if (!ListsOf((INamedTypeSymbol)property.Type, entity))
                {
                    var optional = property.NullableAnnotation == NullableAnnotation.Annotated;
                    fields.Add(new EntryField(property, optional ? "string?" : "string", !optional, false, null));
                }
            }
            else
            {
                fields.Add(Plain(property));
            }
        }

        if (properties.FirstOrDefault(p => p.Name == "Sources") is { } sources)
        {
            fields.Add(new EntryField(sources, "global::System.Collections.Generic.IReadOnlyList<string>", true, false, null));
        }

        fields.AddRange(children);
        return fields;
    }

    /// <summary>A field copied as it is: required when its type does not allow null, unless it says otherwise.</summary>
    private static EntryField Plain(IPropertySymbol property)
    {
        var type = property.Type.ToDisplayString(TypeFormat);
        var nullable = property.Type.IsValueType
            ? property.Type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
            : property.NullableAnnotation == NullableAnnotation.Annotated;
        if (Has(property, OptionalAttribute))
        {
            return new EntryField(property, nullable ? type : type + "?", false, false, null);
        }

        return Has(property, LeftOutAttribute)
            ? new EntryField(property, type, false, true, null)
            : new EntryField(property, type, !nullable, false, null);
    }

    /// <summary>The public settable properties, the base class's first, each class's in the order it declares them.</summary>
    private static List<IPropertySymbol> Properties(INamedTypeSymbol entity)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var type = entity; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            chain.Insert(0, type);
        }

        return [.. chain.SelectMany(type => type.GetMembers().OfType<IPropertySymbol>()
            .Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic && p.SetMethod is not null)
            .OrderBy(p => p.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0))];
    }

    /// <summary>The id that stands beside a reference in the store (LayerId beside Layer).</summary>
    private static bool IsForeignKey(IPropertySymbol property, List<IPropertySymbol> properties) =>
        property.Name.EndsWith("Id", StringComparison.Ordinal)
        && properties.Any(p => p.Name == property.Name.Substring(0, property.Name.Length - 2) && IsEntity(p.Type));

    private static bool IsEntity(ITypeSymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == EntryAttribute);

    private static INamedTypeSymbol? ListedEntity(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } list
        && list.AllInterfaces.Any(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
        && list.TypeArguments[0] is INamedTypeSymbol element && IsEntity(element)
            ? element
            : null;

    /// <summary>A child points back at its parent: a layer's change has its layer.</summary>
    private static bool PointsBack(INamedTypeSymbol child, INamedTypeSymbol parent) =>
        Properties(child).Any(p => SymbolEqualityComparer.Default.Equals(p.Type, parent));

    /// <summary>The parent lists the record among its children: the reference back to it is left out.</summary>
    private static bool ListsOf(INamedTypeSymbol parent, INamedTypeSymbol child) =>
        Properties(parent).Any(p => ListedEntity(p.Type) is { } element && SymbolEqualityComparer.Default.Equals(element, child));

    private static bool Has(IPropertySymbol property, string attribute) =>
        property.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == attribute);
}
