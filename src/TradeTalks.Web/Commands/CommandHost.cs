using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Serilog;
using Serilog.Events;
using TradeTalks.Store;
using TradeTalks.Web.Extensions;

namespace TradeTalks.Web.Commands;

/// <summary>
/// The services a verb needs (configuration, logging, the store), built like the dashboard's but without a web server.
/// Logs go to standard error, so that standard output carries only what the verb prints (an export, a summary).
/// The store is migrated first; it is not seeded, so an import into a new store holds exactly the file.
/// </summary>
public sealed class CommandHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CommandHost(WebApplication app, string? missingStore)
    {
        _app = app;
        MissingStore = missingStore;
    }

    public IServiceProvider Services => _app.Services;

    /// <summary>The store file, when the verb needs one that exists and it does not (then nothing was created).</summary>
    public string? MissingStore { get; }

    public static async Task<CommandHost> StartAsync(
        CommandContext context, CancellationToken cancellationToken, bool requireExistingStore = false, Action<IServiceCollection>? services = null,
        bool migrate = true)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions());
        builder.Services.AddSerilog(preserveStaticLogger: true, configureLogger: logger => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .WriteTo.Console(outputTemplate: "{Message:lj}{NewLine}{Exception}", standardErrorFromLevel: LogEventLevel.Verbose));
        context.ConfigureHost?.Invoke(builder);
        builder.AddStore();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        if (requireExistingStore && StoreFile(app) is { } file && !File.Exists(file))
        {
            return new CommandHost(app, file);
        }

        if (migrate)
        {
            await app.Services.GetRequiredService<StoreInitializer>().MigrateAsync(cancellationToken);
        }

        return new CommandHost(app, null);
    }

    private static string? StoreFile(WebApplication app)
    {
        using var db = app.Services.GetRequiredService<IDbContextFactory<TradeTalksDbContext>>().CreateDbContext();
        if (!db.Database.IsSqlite())
        {
            return null;
        }

        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        return string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" ? null : dataSource;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
