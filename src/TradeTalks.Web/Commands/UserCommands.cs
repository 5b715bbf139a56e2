using System.CommandLine;
using System.Globalization;
using TradeTalks.Accounts;
using TradeTalks.Web.Accounts;

namespace TradeTalks.Web.Commands;

/// <summary>
/// The <c>users</c> verb: how the first Admin is made (there is no open registration), and how accounts are listed,
/// disabled and enabled from the command line.
/// </summary>
public static class UserCommands
{
    public static Command Create(CommandContext context)
    {
        var users = new Command("users", "Manage editors' accounts: add, list, disable, enable.");
        users.Subcommands.Add(Add(context));
        users.Subcommands.Add(List(context));
        users.Subcommands.Add(Toggle(context, "disable", "Stop an account from signing in (its history stays).", (m, e) => m.DisableAsync(e)));
        users.Subcommands.Add(Toggle(context, "enable", "Let a disabled or locked-out account sign in again.", (m, e) => m.EnableAsync(e)));
        return users;
    }

    private static Command Add(CommandContext context)
    {
        var email = new Argument<string>("email") { Description = "The editor's e-mail address; they sign in with it." };
        var role = new Option<string>("--role") { Description = "Editor (edits records) or Admin (also manages accounts and imports).", Required = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the first password from standard input instead of making one up." };
        var command = new Command("add", "Add an account. Prints a one-time password; the first sign-in asks for a new one.") { email, role, passwordStdin };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (EditorRoles.Parse(parse.GetValue(role)) is null)
            {
                await context.Error.WriteLineAsync($"\"{parse.GetValue(role)}\" is not a role. Use --role {string.Join(" or --role ", EditorRoles.All)}; nothing was done.");
                return 2;
            }

            string? password = null;
            if (parse.GetValue(passwordStdin))
            {
                using var reader = new StreamReader(context.OpenStandardInput());
                password = (await reader.ReadLineAsync(cancellationToken))?.TrimEnd('\r');
                if (string.IsNullOrEmpty(password))
                {
                    await context.Error.WriteLineAsync("No password came on standard input; nothing was done. Pipe one line, or leave out --password-stdin to get one made up.");
                    return 1;
                }
            }

            var outcome = await WithAccountsAsync(context, cancellationToken, accounts => accounts.AddAsync(parse.GetValue(email)!, parse.GetValue(role)!, password));
            if (!outcome.Succeeded)
            {
                await context.Error.WriteLineAsync($"{outcome.Message} Nothing was done.");
                return 1;
            }

            await context.Error.WriteLineAsync(outcome.Message);
            if (outcome.IssuedPassword is { } issued)
            {
                await context.Error.WriteLineAsync("One-time password (shown once; hand it over privately):");
                await context.Output.WriteLineAsync(issued);
            }

            return 0;
        });
        return command;
    }

    private static Command List(CommandContext context)
    {
        var command = new Command("list", "List the accounts with their role and state.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var accounts = await WithAccountsAsync(context, cancellationToken, manager => manager.ListAsync(cancellationToken));
            if (accounts.Count == 0)
            {
                await context.Error.WriteLineAsync("No accounts yet. Add the first Admin with: users add <email> --role Admin");
                return 0;
            }

            foreach (var account in accounts)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{account.Email}\t{account.Role}\t{State(account)}\tadded {account.CreatedAt:yyyy-MM-dd}"));
            }

            return 0;
        });
        return command;
    }

    private static Command Toggle(CommandContext context, string name, string description, Func<AccountManager, string, Task<AccountOutcome>> act)
    {
        var email = new Argument<string>("email") { Description = "The account's e-mail address." };
        var command = new Command(name, description) { email };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var outcome = await WithAccountsAsync(context, cancellationToken, accounts => act(accounts, parse.GetValue(email)!));
            await (outcome.Succeeded ? context.Output : context.Error).WriteLineAsync(outcome.Message);
            return outcome.Succeeded ? 0 : 1;
        });
        return command;
    }

    /// <summary>Runs one account operation against the configured store (migrated first), in a scope of its own.</summary>
    private static async Task<T> WithAccountsAsync<T>(CommandContext context, CancellationToken cancellationToken, Func<AccountManager, Task<T>> act)
    {
        await using var host = await CommandHost.StartAsync(context, cancellationToken, services: s => s.AddAccountStore());
        await using var scope = host.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<AccountManager>());
    }

    public static string State(AccountSummary account) =>
        account.DisabledAt is { } disabled ? string.Create(CultureInfo.InvariantCulture, $"disabled {disabled:yyyy-MM-dd}")
        : account.LockedUntil is { } locked ? string.Create(CultureInfo.InvariantCulture, $"locked until {locked:yyyy-MM-dd HH:mm} UTC")
        : account.MustChangePassword ? "active, must change password"
        : "active";
}
