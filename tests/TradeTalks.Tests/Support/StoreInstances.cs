using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TradeTalks.Store;
using TradeTalks.Web.Extensions;

namespace TradeTalks.Tests.Support;

/// <summary>
/// Instances of the store wired as the app wires it (<see cref="StoreExtensions.AddStore"/>, which the dashboard and the
/// command-line verbs both call) but without a web server or its start-up: for tests of the store itself, of its
/// start-up run by hand, and of another instance or verb beside a running app. Only the clock and the log are the
/// test's. Disposing stops every instance started and deletes <see cref="FilePath"/>.
/// </summary>
public sealed class StoreInstances(TimeProvider? time = null, ILoggerProvider? logs = null) : IAsyncDisposable
{
    private readonly List<WebApplication> _started = [];

    /// <summary>A SQLite file of these instances' own; nothing creates it until an instance opens it.</summary>
    public string FilePath { get; } = StoreFiles.NewPath();

    /// <summary>One instance on <paramref name="connectionString"/> (by default <see cref="FilePath"/>); nothing is migrated or seeded yet.</summary>
    public IServiceProvider Start(string? connectionString = null, StoreProvider provider = StoreProvider.Sqlite)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration[StoreExtensions.ProviderKey] = provider.ToString();
        builder.Configuration[$"ConnectionStrings:{StoreExtensions.ConnectionStringName}"] = connectionString ?? $"Data Source={FilePath}";
        builder.Services.AddSingleton(time ?? TimeProvider.System);
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        }

        builder.AddStore();
        var app = builder.Build();
        lock (_started)
        {
            _started.Add(app);
        }

        return app.Services;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _started)
        {
            await app.DisposeAsync();
        }

        StoreFiles.Delete(FilePath);
    }
}

public static class StoreInstanceExtensions
{
    public static Task<TradeTalksDbContext> NewContextAsync(this IServiceProvider store) =>
        store.GetRequiredService<IDbContextFactory<TradeTalksDbContext>>().CreateDbContextAsync();
}
