using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using TradeTalks.Accounts;

namespace TradeTalks.Web.Accounts;

/// <summary>
/// The first change of a password someone else issued. The sign-in has just checked the issued password, so the change
/// asks only for the new one: the sign-in leaves a proof of that check, a short-lived cookie for the change page alone,
/// protected (encrypted and signed) by data protection and holding the account, its security stamp and an expiry,
/// never the password. It holds for ten minutes and one change; after that, or for a change by choice, the page asks
/// for the current password as before.
/// </summary>
public sealed class IssuedPasswordChange(
    IDataProtectionProvider protection, UserManager<EditorAccount> users, TimeProvider time, IWebHostEnvironment environment)
{
    public const string CookieName = "TradeTalks.PasswordChecked";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly IDataProtector _protector = protection.CreateProtector("TradeTalks.IssuedPasswordChange.v1");

    /// <summary>Called by the sign-in once it has checked an issued password.</summary>
    public async Task MarkCheckedAsync(HttpContext context, EditorAccount account)
    {
        var until = time.GetUtcNow() + Lifetime;
        var proof = string.Join('\n', account.Id, await users.GetSecurityStampAsync(account), until.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        context.Response.Cookies.Append(CookieName, _protector.Protect(proof), Options(context));
    }

    /// <summary>Whether this request carries the sign-in's fresh proof for this account, which must still be changing an issued password.</summary>
    public async Task<bool> JustCheckedAsync(HttpContext context, EditorAccount account)
    {
        if (!account.MustChangePassword || !context.Request.Cookies.TryGetValue(CookieName, out var cookie))
        {
            return false;
        }

        string proof;
        try
        {
            proof = _protector.Unprotect(cookie);
        }
        catch (CryptographicException)
        {
            return false;
        }

        var parts = proof.Split('\n');
        return parts.Length == 3 && parts[0] == account.Id && parts[1] == await users.GetSecurityStampAsync(account)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var until)
            && time.GetUtcNow() < DateTimeOffset.FromUnixTimeSeconds(until);
    }

    /// <summary>
    /// Sets the new password without the old one (the caller has checked the proof), with the same rules as any change;
    /// a new security stamp ends other sign-ins and the proof itself.
    /// </summary>
    public async Task<IdentityResult> ChooseAsync(HttpContext context, EditorAccount account, string newPassword)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, account, newPassword);
            errors.AddRange(result.Errors);
        }

        if (errors.Count > 0)
        {
            return IdentityResult.Failed([.. errors]);
        }

        account.PasswordHash = users.PasswordHasher.HashPassword(account, newPassword);
        account.MustChangePassword = false;
        // Saves the hash, the cleared mark and the new stamp in one write.
        var saved = await users.UpdateSecurityStampAsync(account);
        if (saved.Succeeded)
        {
            Forget(context);
        }

        return saved;
    }

    public void Forget(HttpContext context) => context.Response.Cookies.Delete(CookieName, Options(context));

    private CookieOptions Options(HttpContext context) => new()
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps || !environment.IsDevelopment(),
        SameSite = SameSiteMode.Strict,
        Path = AccountExtensions.ChangePasswordPath,
        MaxAge = Lifetime,
        IsEssential = true,
    };
}
