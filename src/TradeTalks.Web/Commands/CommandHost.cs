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

    private CommandHost(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public static async Task<CommandHost> StartAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions());
        builder.Services.AddSerilog(preserveStaticLogger: true, configureLogger: logger => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .WriteTo.Console(outputTemplate: "{Message:lj}{NewLine}{Exception}", standardErrorFromLevel: LogEventLevel.Verbose));
        context.ConfigureHost?.Invoke(builder);
        builder.AddStore();
        var app = builder.Build();
        await app.Services.GetRequiredService<StoreInitializer>().MigrateAsync(cancellationToken);
        return new CommandHost(app);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
