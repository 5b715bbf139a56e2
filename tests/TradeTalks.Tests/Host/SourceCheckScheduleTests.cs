using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.SourceChecks;
using TradeTalks.Store;
using TradeTalks.Tests.SourceChecks;
using TradeTalks.Tests.Support;

namespace TradeTalks.Tests.Host;

public sealed class SourceCheckScheduleTests
{
    [Fact]
    public async Task WithCheckEveryHoursTheAppChecksEverySourceOnceAPeriod()
    {
        await using var app = new ScheduledApp(("Sources:CheckEveryHours", "1"));
        _ = app.Services;
        var withAddress = await CountAsync(app, db => db.Sources.CountAsync(s => s.Url != null && s.Url != ""));

        await WaitForAsync(app, withAddress);
        app.Time.Advance(TimeSpan.FromMinutes(30));
        await Task.Delay(500);
        var halfway = await CountAsync(app, db => db.SourceChecks.CountAsync());
        app.Time.Advance(TimeSpan.FromMinutes(31));
        await WaitForAsync(app, 2 * withAddress);

        Assert.Equal(withAddress, halfway);
        Assert.NotNull(await app.Services.GetRequiredService<SourceCheckLease>().HolderAsync());
    }

    [Fact]
    public async Task WithoutTheSettingTheAppChecksNothing()
    {
        await using var app = new ScheduledApp();
        _ = app.Services;
        await Task.Delay(1000);

        Assert.Equal(0, await CountAsync(app, db => db.SourceChecks.CountAsync()));
        Assert.Null(await app.Services.GetRequiredService<SourceCheckLease>().HolderAsync());
    }

    private static async Task WaitForAsync(ScheduledApp app, int checks)
    {
        for (var waited = 0; waited < 300 && await CountAsync(app, db => db.SourceChecks.CountAsync()) < checks; waited++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(checks, await CountAsync(app, db => db.SourceChecks.CountAsync()));
    }

    private static async Task<int> CountAsync(ScheduledApp app, Func<TradeTalksDbContext, Task<int>> count)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<TradeTalksDbContext>>().CreateDbContextAsync();
        return await count(db);
    }

    /// <summary>The app with a guard whose resolver knows no name, so the seeded sources' addresses fail at once, offline.</summary>
    private sealed class ScheduledApp(params (string Key, string Value)[] settings) : TradeTalksAppFactory("Development", settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(new AddressGuard(AddressGuardTests.Resolver(), allowPrivate: false)));
        }
    }
}
