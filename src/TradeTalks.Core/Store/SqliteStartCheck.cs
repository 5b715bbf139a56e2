using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TradeTalks.Store;

/// <summary>
/// The common start, asked of a SQLite file in plain SQL: every migration this build holds is applied, and the store
/// was last brought up to this very bundled data set. Answering that through EF Core first builds its model (a large
/// part of a cold start: docs/performance.md); when the answer is yes nothing else needs EF before the first page.
/// Any doubt (a missing file, table or mark, a migration not applied) answers null, and the full check decides.
/// </summary>
public static class SqliteStartCheck
{
    private static readonly Lazy<IReadOnlySet<string>> Migrations = new(() => typeof(TradeTalksDbContext).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(TradeTalksDbContext))
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
        .OfType<string>()
        .ToHashSet(StringComparer.Ordinal));

    /// <summary>The store is current; <c>ReadOnly</c> is true when SQLite opened it read-only.</summary>
    public sealed record Current(bool ReadOnly);

    public static async Task<Current?> CheckAsync(string connectionString, string bundledHash, CancellationToken cancellationToken)
    {
        var source = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(source.DataSource) || source.DataSource == ":memory:" || source.Mode == SqliteOpenMode.Memory
            || !File.Exists(source.DataSource))
        {
            return null;
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        if (!await HasTableAsync(connection, "__EFMigrationsHistory", cancellationToken) || !await HasTableAsync(connection, "StoreMarks", cancellationToken))
        {
            return null;
        }

        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var history = connection.CreateCommand())
        {
            history.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"";
            await using var reader = await history.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }

        if (!Migrations.Value.IsSubsetOf(applied))
        {
            return null;
        }

        await using (var mark = connection.CreateCommand())
        {
            mark.CommandText = "SELECT \"Value\" FROM \"StoreMarks\" WHERE \"Name\" = $name";
            mark.Parameters.AddWithValue("$name", StoreMark.BundledDataSet);
            if (await mark.ExecuteScalarAsync(cancellationToken) as string != bundledHash)
            {
                return null;
            }
        }

        return new Current(SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1);
    }

    internal static async Task<bool> HasTableAsync(System.Data.Common.DbConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        var name = command.CreateParameter();
        name.ParameterName = "$name";
        name.Value = table;
        command.Parameters.Add(name);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
