using Microsoft.Extensions.DependencyInjection.Extensions;
using TradeTalks.SourceChecks;

namespace TradeTalks.Web.Extensions;

public static class SourceCheckExtensions
{
    /// <summary>
    /// The source checker, for the sources page and the editors' page of checks, and its schedule
    /// (Sources:CheckEveryHours).
    /// </summary>
    public static WebApplicationBuilder AddSourceChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddSourceChecks();
        builder.Services.AddSingleton<SourceCheckLease>();
        builder.Services.AddHostedService<SourceCheckSchedule>();
        return builder;
    }

    /// <summary>
    /// The checker of sources' addresses and what it needs (the address guard, the fetcher), set by the Sources section.
    /// The guard is added only if none is there yet, so a test can bring one with a resolver of its own.
    /// </summary>
    public static IServiceCollection AddSourceChecks(this IServiceCollection services)
    {
        services.AddOptions<SourceCheckOptions>().BindConfiguration(SourceCheckOptions.Section);
        services.TryAddSingleton<AddressGuard>();
        services.TryAddSingleton<SourceFetcher>();
        services.TryAddSingleton<SourceChecker>();
        services.TryAddSingleton<SourceCopies>();
        return services;
    }
}
