using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TradeTalks.Store;

/// <summary>Lets `dotnet ef` build the model without starting the web host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TradeTalksDbContext>
{
    public TradeTalksDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TradeTalksDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
