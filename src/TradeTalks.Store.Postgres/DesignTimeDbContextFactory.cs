using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TradeTalks.Store.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add Name --project src/TradeTalks.Store.Postgres</c> build the PostgreSQL model. No server
/// is contacted to add a migration; the connection string only names the provider.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TradeTalksDbContext>
{
    public TradeTalksDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TradeTalksDbContext>().UseStore(StoreProvider.Postgres, "Host=localhost;Database=tradetalks_design").Options);
}
