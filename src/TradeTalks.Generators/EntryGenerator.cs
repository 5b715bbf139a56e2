using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TradeTalks.Generators;

/// <summary>
/// Writes the data-set entry of every entity marked <c>[DataSetEntry]</c>, so that a field is declared once, on the
/// entity. The rule is in <see cref="EntryFields"/>; the code written in <see cref="EntrySource"/>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class EntryGenerator : IIncrementalGenerator
{
    private const string EntryAttribute = "TradeTalks.DataSetEntryAttribute";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Only strings leave the transform, so the compiler can tell an unchanged entry from a changed one.
        var entries = context.SyntaxProvider.ForAttributeWithMetadataName(
            EntryAttribute,
            static (node, _) => node is ClassDeclarationSyntax,
            static (attributed, _) => EntrySource.Of((INamedTypeSymbol)attributed.TargetSymbol, EntryFields.Of((INamedTypeSymbol)attributed.TargetSymbol)));

        context.RegisterSourceOutput(entries, static (output, entry) => output.AddSource(entry.Name + ".g.cs", entry.Source));
    }
}
