using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TradeTalks.Accounts;

namespace TradeTalks.Web.Accounts;

/// <summary>
/// A password hash that no one's password matches, made as an account's is. Sign-in checks the typed password against
/// it when there is no account to check it against, so an unknown e-mail address takes as long to refuse as a wrong
/// password does, and the answer's timing does not tell who has an account.
/// </summary>
public sealed class DecoyPassword(IOptions<PasswordHasherOptions> options)
{
    private readonly Lazy<string> _hash = new(() => new PasswordHasher<EditorAccount>(options).HashPassword(new EditorAccount(), AccountManager.NewPassword()));

    public string Hash => _hash.Value;
}
