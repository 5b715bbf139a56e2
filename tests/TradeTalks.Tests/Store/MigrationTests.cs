using Microsoft.EntityFrameworkCore;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Store;

public sealed class MigrationTests
{
    [Fact]
    public async Task MigrationsApplyToAnEmptyFile()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.Talks.CountAsync());
    }

    [Fact]
    public async Task TheModelHasNoChangesMissingFromTheMigrations()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add <Name> (see docs/development.md, \"Changing the schema\").");
    }
}
