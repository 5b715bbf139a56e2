using Serilog;
using Serilog.Formatting.Compact;

namespace TradeTalks.Web.Extensions;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog, configured from the "Serilog" section of appsettings. Where that section names no sink, events go to
    /// the console as compact JSON, one structured event a line; Development names a readable text sink instead.
    /// The console is written from a queue of its own, so that a request never waits on the console's lock or its
    /// write (a request log line each, thousands a second on a news day: docs/performance.md); a full queue makes the
    /// writer wait rather than drop a line, and the queue is flushed when the app stops.
    /// </summary>
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        var sinksConfigured = builder.Configuration.GetSection("Serilog:WriteTo").Exists();
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services);
            if (!sinksConfigured)
            {
                logger.WriteTo.Async(sink => sink.Console(new RenderedCompactJsonFormatter()), blockWhenFull: true);
            }
        });
        return builder;
    }
}
