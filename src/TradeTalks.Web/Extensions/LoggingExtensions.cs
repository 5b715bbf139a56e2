using Serilog;
using Serilog.Formatting.Compact;

namespace TradeTalks.Web.Extensions;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog, configured from the "Serilog" section of appsettings. Where that section names no sink, events go to
    /// the console as compact JSON, one structured event a line; Development names a readable text sink instead.
    /// </summary>
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        var sinksConfigured = builder.Configuration.GetSection("Serilog:WriteTo").Exists();
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services);
            if (!sinksConfigured)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
        });
        return builder;
    }
}
