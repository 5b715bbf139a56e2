using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.DataSets;
using TradeTalks.Timeline;

namespace TradeTalks.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>Registers the SQLite store, its seed and the services that read it.</summary>
    public static IServiceCollection AddTradeTalksStore(this IServiceCollection services, string connectionString) =>
        services.AddTradeTalksStore(StoreProvider.Sqlite, connectionString);

    /// <summary>Registers the store on <paramref name="storeProvider"/>, its seed and the services that read it.</summary>
    public static IServiceCollection AddTradeTalksStore(this IServiceCollection services, StoreProvider storeProvider, string connectionString)
    {
        services.AddSingleton(new StoreConnection(storeProvider, connectionString));
        services.AddSingleton<EditTimeInterceptor>();
        services.AddDbContextFactory<TradeTalksDbContext, ReadingContextFactory>((provider, options) => options
            .UseStore(storeProvider, connectionString)
            // SQLite drops a column by rebuilding its table with foreign keys off, which EF cannot wrap in a transaction;
            // every start would warn about it on a new store. Such migrations are reviewed when they are added.
            .ConfigureWarnings(warnings => warnings
                .Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning)
                // A failed command or connection is reported by whoever ran it, in words (a page's error, start-up's
                // reason, a write's message); EF's own line would repeat it with a stack trace on every retry of a start.
                .Log((RelationalEventId.CommandError, Microsoft.Extensions.Logging.LogLevel.Debug),
                    (RelationalEventId.ConnectionError, Microsoft.Extensions.Logging.LogLevel.Debug)))
            .AddInterceptors(provider.GetRequiredService<EditTimeInterceptor>()));
        services.AddSingleton<LiveStore>();
        services.AddSingleton<Published.PublishedVersions>();
        services.AddSingleton<DataSets.IStoreWriteObserver>(provider => provider.GetRequiredService<Published.PublishedVersions>());
        services.AddSingleton<Published.PublishedStores>();
        services.AddSingleton<StoreWriter>();
        services.AddSingleton<Editing.RecordEditor>();
        services.AddSingleton<History.HistoryService>();
        services.AddSingleton<DataSetExporter>();
        services.AddSingleton<Seeder>();
        services.AddSingleton<StoreState>();
        services.AddSingleton<StoreInitializer>();
        services.AddSingleton<Tariffs.NamedGoodsMemo>();
        services.AddSingleton<DataSets.IStoreWriteObserver>(provider => provider.GetRequiredService<Tariffs.NamedGoodsMemo>());
        services.AddSingleton<TariffService>();
        services.AddSingleton<TruceService>();
        services.AddSingleton<Timeline.TimelineCountMemo>();
        services.AddSingleton<DataSets.IStoreWriteObserver>(provider => provider.GetRequiredService<Timeline.TimelineCountMemo>());
        services.AddSingleton<TimelineService>();
        services.AddSingleton<FreshnessService>();
        services.AddSingleton<Changes.ChangesService>();
        services.AddSingleton<TalkService>();
        services.AddSingleton<PeopleService>();
        services.AddSingleton<IndicatorService>();
        services.AddSingleton<ClaimService>();
        services.AddSingleton<SourceService>();
        services.AddSingleton<MeasureService>();
        services.AddSingleton<CommitmentService>();
        services.AddSingleton<Statements.StatementService>();
        services.AddSingleton<FrontPage.OverviewMemo>();
        services.AddSingleton<DataSets.IStoreWriteObserver>(provider => provider.GetRequiredService<FrontPage.OverviewMemo>());
        services.AddSingleton<FrontPage.OverviewService>();
        return services;
    }
}
