using Microsoft.AspNetCore.Identity;

namespace TradeTalks.Accounts;

/// <summary>
/// A person who keeps the tracker current. Reading the dashboard needs no account; editing does. Accounts are never
/// deleted, because the history names who made each change; a disabled account cannot sign in.
/// </summary>
public sealed class EditorAccount : IdentityUser
{
    /// <summary>Set when the password was issued by someone else (the command line, an Admin): the next sign-in asks for a new one.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DisabledAt { get; set; }
}

/// <summary>The roles an account can hold. An Admin can do everything an Editor can.</summary>
public static class EditorRoles
{
    /// <summary>Creates, changes, deletes and restores records.</summary>
    public const string Editor = "Editor";

    /// <summary>Also manages accounts, imports data sets and sees every change.</summary>
    public const string Admin = "Admin";

    /// <summary>Who may edit records, as an authorization roles list.</summary>
    public const string Editors = Editor + "," + Admin;

    public static IReadOnlyList<string> All { get; } = [Editor, Admin];

    /// <summary>The role as it is spelt, whatever case it was typed in; null when there is no such role.</summary>
    public static string? Parse(string? text) => All.FirstOrDefault(r => string.Equals(r, text?.Trim(), StringComparison.OrdinalIgnoreCase));
}
