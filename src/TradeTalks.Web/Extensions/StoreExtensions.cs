using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TradeTalks.Store;

namespace TradeTalks.Web.Extensions;

public static class StoreExtensions
{
    public const string ConnectionStringName = "TradeTalks";

    public const string ProviderKey = "Store:Provider";

    /// <summary>
    /// The store named by Store:Provider (Sqlite, the default, or Postgres) at ConnectionStrings:TradeTalks. A relative
    /// SQLite file path is taken from the app's folder. Data-protection keys (which sign sign-in cookies and form
    /// tokens) are kept in the store, so every instance on it reads what another issued.
    /// </summary>
    public static WebApplicationBuilder AddStore(this WebApplicationBuilder builder)
    {
        var providerText = builder.Configuration[ProviderKey];
        var provider = StoreProviders.Parse(providerText) ?? throw new InvalidOperationException(
            $"{ProviderKey} is \"{providerText}\", which is not a store this app knows. Use Sqlite (a file, the default) or Postgres.");
        var configured = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"No connection string is configured. Set ConnectionStrings:{ConnectionStringName} in appsettings.json " +
                $"or the environment variable ConnectionStrings__{ConnectionStringName}, e.g. \"Data Source=App_Data/tradetalks.db\" " +
                "(SQLite) or \"Host=localhost;Database=tradetalks;Username=tradetalks;Password=...\" (Postgres).");
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddTradeTalksStore(provider,
            provider == StoreProvider.Sqlite ? ResolveFile(configured, builder.Environment.ContentRootPath) : configured);
        // A context per scope, from the factory: what Identity's stores and the key store resolve.
        builder.Services.TryAddScoped(services => services.GetRequiredService<IDbContextFactory<TradeTalksDbContext>>().CreateDbContext());
        builder.Services.AddDataProtection().SetApplicationName("TradeTalks").PersistKeysToDbContext<TradeTalksDbContext>();
        return builder;
    }

    /// <summary>
    /// Starts bringing the store up (and warming up the overview) as soon as the host is built, beside the building of
    /// the request pipeline and the start of the server rather than after them; the host's start then finds it running.
    /// </summary>
    public static WebApplication StartStoreEarly(this WebApplication app)
    {
        app.Services.GetRequiredService<StoreStartup>().StartEarly();
        return app;
    }

    /// <summary>
    /// Brings the store up to date in the background while the host starts listening (<see cref="StoreStartup"/>),
    /// unless Store:MigrateOnStart is false, when the <c>migrate</c> verb does it and this instance waits for it.
    /// </summary>
    public static WebApplicationBuilder AddStoreStartup(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<StoreStartup>();
        builder.Services.AddHostedService(services => services.GetRequiredService<StoreStartup>());
        builder.Services.AddSingleton<NextStoreCheck>();
        builder.Services.AddHostedService<StoreChangeWatcher>();
        // Called last, after everything that adds data protection. Data protection reads its keys when the host starts,
        // which here is before the store is migrated (that runs in the background): it would log a failure with a stack
        // trace on every new store. Keys are read on first use instead, which comes after the store serves (StoreGate
        // holds requests until then).
        foreach (var preload in builder.Services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService").ToList())
        {
            builder.Services.Remove(preload);
        }

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
