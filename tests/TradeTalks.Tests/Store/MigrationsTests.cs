using Microsoft.EntityFrameworkCore;
using TradeTalks.Store;

namespace TradeTalks.Tests.Store;

/// <summary>Each store has its own migrations; neither may lag behind the model (no server is needed to tell).</summary>
public sealed class MigrationsTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(StoreProvider.Postgres, "Host=localhost;Database=unused")]
    public void EachStoresMigrationsHoldTheWholeModel(StoreProvider provider, string connectionString)
    {
        using var db = new TradeTalksDbContext(new DbContextOptionsBuilder<TradeTalksDbContext>().UseStore(provider, connectionString).Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} model has changes no migration holds: add one (see docs/production.md, \"Migrations\").");
    }
}
