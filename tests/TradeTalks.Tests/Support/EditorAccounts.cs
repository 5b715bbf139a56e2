using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TradeTalks.Accounts;
using TradeTalks.Web.Accounts;

namespace TradeTalks.Tests.Support;

/// <summary>Editors' accounts for host tests, made through the app's own account manager, and the forms' token.</summary>
public static partial class EditorAccounts
{
    /// <summary>
    /// Adds an account with the given password. Unless <paramref name="mustChange"/>, it is as if its first password had
    /// already been changed, so that signing in leads straight on.
    /// </summary>
    public static async Task AddAsync(IServiceProvider services, string email, string password, string role = EditorRoles.Editor, bool mustChange = false)
    {
        await using var scope = services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<AccountManager>().AddAsync(email, role, password);
        Assert.True(outcome.Succeeded, outcome.Message);
        if (!mustChange)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorAccount>>();
            var account = (await users.FindByEmailAsync(email))!;
            account.MustChangePassword = false;
            await users.UpdateAsync(account);
        }
    }

    /// <summary>The antiforgery token a page's form carries.</summary>
    public static string FormToken(string html) => WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
