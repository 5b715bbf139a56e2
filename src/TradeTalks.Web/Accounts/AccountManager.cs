using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TradeTalks.Accounts;

namespace TradeTalks.Web.Accounts;

/// <summary>An account as the lists show it.</summary>
public sealed record AccountSummary(string Email, string Role, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt, DateTimeOffset? LockedUntil, bool MustChangePassword);

/// <summary>What an account operation did: an error to show, or (for a new account) the password to hand over once.</summary>
public sealed record AccountOutcome(bool Succeeded, string Message, string? IssuedPassword = null);

/// <summary>
/// Adds, lists, disables and enables accounts: what the <c>users</c> verb and the Admins' page both do. Accounts are
/// never deleted, because the history names who made each change.
/// </summary>
public sealed class AccountManager(UserManager<EditorAccount> users, RoleManager<IdentityRole> roles, TimeProvider time)
{
    /// <summary>
    /// Adds an account with a role. Without a password one is made up and returned to be handed over; either way the
    /// first sign-in asks for a new one.
    /// </summary>
    public async Task<AccountOutcome> AddAsync(string email, string role, string? password = null)
    {
        email = email.Trim();
        if (EditorRoles.Parse(role) is not { } knownRole)
        {
            return new(false, $"\"{role}\" is not a role. Use {string.Join(" or ", EditorRoles.All)}.");
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return new(false, $"There is already an account for {email}. Use 'users list' to see it, or 'users enable' if it is disabled.");
        }

        var issued = password is null;
        password ??= NewPassword();
        var account = new EditorAccount
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            LockoutEnabled = true,
            MustChangePassword = true,
            CreatedAt = time.GetUtcNow(),
        };
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            return new(false, Describe(created));
        }

        if (!await roles.RoleExistsAsync(knownRole))
        {
            await roles.CreateAsync(new IdentityRole(knownRole));
        }

        var added = await users.AddToRoleAsync(account, knownRole);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(account);
            return new(false, Describe(added));
        }

        return new(true, $"Added {email} as {knownRole}. The first sign-in asks for a new password.", issued ? password : null);
    }

    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var list = new List<AccountSummary>();
        foreach (var account in await users.Users.AsNoTracking().OrderBy(a => a.Email).ToListAsync(cancellationToken))
        {
            var accountRoles = await users.GetRolesAsync(account);
            var lockedUntil = account.DisabledAt is null && account.LockoutEnd > now ? account.LockoutEnd : null;
            list.Add(new(account.Email ?? account.UserName ?? account.Id, string.Join(", ", accountRoles.Order()), account.CreatedAt, account.DisabledAt, lockedUntil, account.MustChangePassword));
        }

        return list;
    }

    /// <summary>Stops an account from signing in, and ends its sign-ins within a minute.</summary>
    public async Task<AccountOutcome> DisableAsync(string email)
    {
        if (await users.FindByEmailAsync(email.Trim()) is not { } account)
        {
            return new(false, $"There is no account for {email}. Use 'users list' to see the accounts.");
        }

        if (account.DisabledAt is not null)
        {
            return new(true, $"{account.Email} was already disabled.");
        }

        account.DisabledAt = time.GetUtcNow();
        account.LockoutEnabled = true;
        account.LockoutEnd = DateTimeOffset.MaxValue;
        var updated = await users.UpdateAsync(account);
        if (updated.Succeeded)
        {
            await users.UpdateSecurityStampAsync(account);
        }

        return updated.Succeeded ? new(true, $"Disabled {account.Email}; its sign-ins end within a minute.") : new(false, Describe(updated));
    }

    public async Task<AccountOutcome> EnableAsync(string email)
    {
        if (await users.FindByEmailAsync(email.Trim()) is not { } account)
        {
            return new(false, $"There is no account for {email}. Use 'users list' to see the accounts.");
        }

        account.DisabledAt = null;
        account.LockoutEnd = null;
        account.AccessFailedCount = 0;
        var updated = await users.UpdateAsync(account);
        return updated.Succeeded ? new(true, $"Enabled {account.Email}.") : new(false, Describe(updated));
    }

    /// <summary>A password of 20 letters and digits (about 119 bits), with at least one of each kind Identity asks for.</summary>
    public static string NewPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789";
        const string all = upper + lower + digits;
        var chars = new char[20];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        for (var i = 3; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    public static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}
