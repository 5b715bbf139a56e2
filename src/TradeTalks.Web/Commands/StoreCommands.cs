using System.CommandLine;
using TradeTalks.Store;

namespace TradeTalks.Web.Commands;

/// <summary>
/// The <c>migrate</c> verb: brings the store's schema up to date and adds the bundled data set's records it lacks,
/// once, before instances start with Store:MigrateOnStart=false (several instances on one database must not all
/// migrate at once).
/// </summary>
public static class StoreCommands
{
    public static Command Create(CommandContext context)
    {
        var noSeed = new Option<bool>("--no-seed") { Description = "Apply migrations only; do not add the bundled data set's records." };
        var command = new Command("migrate", "Apply the store's pending migrations and add the bundled records it lacks, then exit.") { noSeed };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                await using var host = await CommandHost.StartAsync(context, cancellationToken, migrate: false);
                var initializer = host.Services.GetRequiredService<StoreInitializer>();
                var applied = await initializer.MigrateAsync(cancellationToken);
                await context.Output.WriteLineAsync(applied.Count == 0
                    ? "The schema was already up to date."
                    : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}.");
                if (!parse.GetValue(noSeed))
                {
                    if (!await initializer.SeedIfChangedAsync(cancellationToken))
                    {
                        await context.Error.WriteLineAsync(
                            "The bundled data set's records clash with records in the store and were not added (the log above says which). " +
                            "The schema is up to date. Export the store and compare it with data/tradetalks.json.");
                        return 1;
                    }

                    await context.Output.WriteLineAsync("The bundled data set's records are in the store.");
                }

                return 0;
            }
            catch (Exception exception) when (StoreFaults.IsStoreFault(exception))
            {
                await context.Error.WriteLineAsync($"The store could not be migrated: {StoreFaults.Describe(exception)} ({exception.GetBaseException().Message})");
                return 1;
            }
        });
        return command;
    }
}
