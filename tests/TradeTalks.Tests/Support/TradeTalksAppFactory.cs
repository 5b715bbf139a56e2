using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace TradeTalks.Tests.Support;

/// <summary>The real host over a temporary SQLite file of its own, with a clock the test controls.</summary>
public class TradeTalksAppFactory(string environment = "Development") : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = TestDatabase.NewFilePath();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 29, 15, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:TradeTalks", $"Data Source={DatabasePath}");
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            File.Delete(file);
        }

        GC.SuppressFinalize(this);
    }
}
