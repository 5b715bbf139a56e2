using Serilog;
using TradeTalks.Web.Accounts;
using TradeTalks.Web.Api;
using TradeTalks.Web.Commands;
using TradeTalks.Web.Editing;
using TradeTalks.Web.Extensions;
using TradeTalks.Web.Published;

// A plain logger until configuration is read, so a failure at start-up is still logged.
Log.Logger = new LoggerConfiguration().WriteTo.Console(standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose).CreateLogger();

try
{
    // With a verb (export, import, validate, users, migrate, sources) the app runs it and exits; without one it serves the dashboard.
    return await AppCommandLine.InvokeAsync(args, ServeAsync);
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "TradeTalks stopped at start-up");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

static async Task<int> ServeAsync(string[] args)
{
    var builder = WebApplication.CreateBuilder(args);

    builder.AddLogging();
    builder.AddStore();
    builder.AddOperations();
    builder.AddDashboard();
    // Reading pages: no antiforgery cookie for anonymous readers, no component state (docs/reading-pages.md).
    builder.AddReadingPages();
    builder.AddAccounts();
    builder.AddOpenData();
    builder.AddPublishedReading();
    builder.AddSourceChecks();
    builder.AddProducts();
    builder.AddStoreStartup();

    var app = builder.Build();
    app.StartStoreEarly();

    // nginx's microcache keeps nothing past this instance's next look for writes made elsewhere (decision 23).
    app.UseMicrocacheExpiry();
    app.UseDashboard();
    app.MapSourceCopies();
    app.MapCitations();

    await app.RunAsync();
    return 0;
}

public partial class Program;
