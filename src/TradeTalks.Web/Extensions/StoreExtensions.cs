using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TradeTalks.Store;

namespace TradeTalks.Web.Extensions;

public static class StoreExtensions
{
    public const string ConnectionStringName = "TradeTalks";

    /// <summary>The SQLite store from ConnectionStrings:TradeTalks; a relative file path is taken from the app's folder.</summary>
    public static WebApplicationBuilder AddStore(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"No connection string is configured. Set ConnectionStrings:{ConnectionStringName} in appsettings.json " +
                $"or the environment variable ConnectionStrings__{ConnectionStringName}, e.g. \"Data Source=App_Data/tradetalks.db\".");
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddTradeTalksStore(ResolveFile(configured, builder.Environment.ContentRootPath));
        return builder;
    }

    /// <summary>
    /// Brings the store up to date in the background while the host starts listening (<see cref="StoreStartup"/>),
    /// unless Store:MigrateOnStart is false, when the <c>migrate</c> verb does it and this instance waits for it.
    /// </summary>
    public static WebApplicationBuilder AddStoreStartup(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<StoreStartup>();
        return builder;
    }

    internal static string ResolveFile(string connectionString, string contentRoot)
    {
        SqliteConnectionStringBuilder parsed;
        try
        {
            parsed = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is not a valid SQLite connection string ({exception.Message}). " +
                "Use the form \"Data Source=path/to/file.db\".", exception);
        }

        var file = parsed.DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || parsed.Mode == SqliteOpenMode.Memory)
        {
            return parsed.ConnectionString;
        }

        if (!Path.IsPathRooted(file))
        {
            parsed.DataSource = Path.GetFullPath(Path.Combine(contentRoot, file));
        }

        var folder = Path.GetDirectoryName(parsed.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return parsed.ConnectionString;
    }
}
