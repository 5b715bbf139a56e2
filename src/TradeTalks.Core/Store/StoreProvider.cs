using Microsoft.EntityFrameworkCore;

namespace TradeTalks.Store;

/// <summary>
/// The database the store lives in: SQLite, a file beside the app (the default, for one instance), or PostgreSQL,
/// shared by several instances. Each has its own migrations: SQLite's in this assembly (Store/Migrations), PostgreSQL's
/// in TradeTalks.Store.Postgres.
/// </summary>
public enum StoreProvider
{
    Sqlite,
    Postgres,
}

public static class StoreProviders
{
    /// <summary>The assembly that holds PostgreSQL's migrations (the web app references it).</summary>
    public const string PostgresMigrationsAssembly = "TradeTalks.Store.Postgres";

    /// <summary>Reads Store:Provider; null when it names neither.</summary>
    public static StoreProvider? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => StoreProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => StoreProvider.Postgres,
        _ => null,
    };

    /// <summary>
    /// Points <paramref name="options"/> at the store, with the provider's migrations. SQLite's model is compiled
    /// (Store/CompiledModel), so a start does not spend time building it (docs/performance.md); see
    /// docs/decisions/0013-compiled-store-model.md for when to compile it again.
    /// </summary>
    public static DbContextOptionsBuilder UseStore(this DbContextOptionsBuilder options, StoreProvider provider, string connectionString) =>
        provider == StoreProvider.Postgres
            ? options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly))
            : options.UseSqlite(connectionString).UseModel(CompiledModel.TradeTalksDbContextModel.Instance);

    /// <inheritdoc cref="UseStore(DbContextOptionsBuilder, StoreProvider, string)"/>
    public static DbContextOptionsBuilder<TContext> UseStore<TContext>(this DbContextOptionsBuilder<TContext> options, StoreProvider provider, string connectionString)
        where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)UseStore((DbContextOptionsBuilder)options, provider, connectionString);

    public static bool IsPostgres(this DbContext db) => db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";
}

/// <summary>Which store the app was given, and where: what start-up needs before EF Core is involved.</summary>
public sealed record StoreConnection(StoreProvider Provider, string ConnectionString);
