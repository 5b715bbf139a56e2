using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TradeTalks.Tests.Support;

namespace TradeTalks.EndToEnd.Support;

/// <summary>The real app on a loopback port over a temporary SQLite file, with a clock set to a known date.</summary>
public sealed class AppServer : WebApplicationFactory<Program>
{
    /// <summary>10 June 2025, 12:00 US Eastern: the second day of the London round, with the Geneva truce in force.</summary>
    public static readonly DateTimeOffset Today = new(2025, 6, 10, 16, 0, 0, TimeSpan.Zero);

    private readonly string _databasePath = StoreFiles.NewPath();

    public AppServer()
    {
        UseKestrel(0);
        StartServer();
    }

    /// <summary>The server's clock: real speed from <see cref="Today"/>. Browser tests set the page's clock to it.</summary>
    public TimeProvider Clock { get; } = new ShiftedTimeProvider(Today);

    public string BaseAddress => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    /// <summary>The store's connection string, for command-line verbs run against the same store.</summary>
    public string ConnectionString => $"Data Source={_databasePath}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:TradeTalks", $"Data Source={_databasePath}");
        builder.ConfigureTestServices(services =>
            services.Replace(ServiceDescriptor.Singleton(Clock)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        StoreFiles.Delete(_databasePath);
    }
}
