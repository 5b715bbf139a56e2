using Serilog;

namespace TradeTalks.Web.Extensions;

public static class LoggingExtensions
{
    /// <summary>Serilog, configured from the "Serilog" section of appsettings.</summary>
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services));
        return builder;
    }
}
