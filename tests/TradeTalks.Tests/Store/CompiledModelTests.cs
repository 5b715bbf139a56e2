using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using TradeTalks.Store;

namespace TradeTalks.Tests.Store;

/// <summary>
/// The SQLite store runs on a compiled model (Store/CompiledModel). It must say what the model built from the entity
/// configurations says, or queries would read and write a schema that is no longer there.
/// </summary>
public sealed class CompiledModelTests
{
    private const string Regenerate =
        "The compiled model is behind the entity configurations: compile it again (docs/decisions/0013-compiled-store-model.md).";

    [Fact]
    public void TheSqliteStoreUsesTheCompiledModel()
    {
        using var db = NewContext();

        Assert.Same(TradeTalks.Store.CompiledModel.TradeTalksDbContextModel.Instance, db.Model);
    }

    [Fact]
    public void TheCompiledModelHasTheTablesColumnsKeysIndexesAndNavigationsOfTheBuiltOne()
    {
        using var db = NewContext();
        var built = db.GetService<IDesignTimeModel>().Model;

        var expected = Describe(built);
        var actual = Describe(db.Model);

        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{Regenerate}{Environment.NewLine}Only in the built model:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}" +
            $"{Environment.NewLine}Only in the compiled model:{Environment.NewLine}{string.Join(Environment.NewLine, extra)}");
    }

    private static TradeTalksDbContext NewContext() =>
        new(new DbContextOptionsBuilder<TradeTalksDbContext>().UseStore(StoreProvider.Sqlite, "Data Source=unused.db").Options);

    /// <summary>
    /// Each entity type's table, columns (type, store type, nullability, conversion), keys, foreign keys, indexes and
    /// navigations, one line each.
    /// </summary>
    private static List<string> Describe(IModel model) =>
    [
        .. model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(entity =>
        {
            var name = $"{entity.Name} ({entity.GetTableName()})";
            return entity.GetProperties().Select(p =>
                    $"{name}.{p.Name} [{p.GetColumnName()}]: {p.ClrType.Name}{(p.IsNullable ? "?" : "")} as {p.GetRelationalTypeMapping().StoreType}" +
                    $" via {p.GetValueConverter()?.GetType().Name ?? "-"}, max {p.GetMaxLength()?.ToString() ?? "-"}")
                .Concat(entity.GetKeys().Select(k => $"{name} key ({Columns(k.Properties)}){(k.IsPrimaryKey() ? " primary" : "")}"))
                .Concat(entity.GetForeignKeys().Select(f =>
                    $"{name} foreign key ({Columns(f.Properties)}) -> {f.PrincipalEntityType.Name}, {f.DeleteBehavior}{(f.IsRequired ? ", required" : "")}"))
                .Concat(entity.GetIndexes().Select(i => $"{name} index ({Columns(i.Properties)}){(i.IsUnique ? " unique" : "")}"))
                .Concat(entity.GetNavigations().Select(n => $"{name}.{n.Name} -> {n.TargetEntityType.Name}"))
                .Concat(entity.GetSkipNavigations().Select(n => $"{name}.{n.Name} ->> {n.TargetEntityType.Name}"))
                .Order(StringComparer.Ordinal);
        }),
    ];

    private static string Columns(IEnumerable<IReadOnlyProperty> properties) => string.Join(", ", properties.Select(p => p.Name));
}
