using Serilog;
using TradeTalks.Web.Extensions;

// A plain logger until configuration is read, so a failure at start-up is still logged.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);

    builder.AddLogging();
    builder.AddStore();
    builder.AddDashboard();

    var app = builder.Build();

    await app.InitializeStoreAsync();
    app.UseDashboard();

    await app.RunAsync();
    return 0;
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

public partial class Program;
