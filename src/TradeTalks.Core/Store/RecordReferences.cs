using Microsoft.EntityFrameworkCore;

namespace TradeTalks.Store;

/// <summary>
/// The store refuses to delete a record that another still refers to (a layer its changes belong to, a person a claim
/// names): one rule for every reference between records, which EF Core finds by their names (<c>Layer</c> and
/// <c>LayerId</c>), rather than a line per reference in each kind's configuration.
/// </summary>
internal static class RecordReferences
{
    public static void RestrictDeletes(this ModelBuilder modelBuilder)
    {
        var references = modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys())
            .Where(k => k.DeclaringEntityType.ClrType.IsAssignableTo(typeof(SourcedRecord)) && k.PrincipalEntityType.ClrType.IsAssignableTo(typeof(SourcedRecord)));
        foreach (var reference in references)
        {
            reference.DeleteBehavior = DeleteBehavior.Restrict;
        }
    }
}
