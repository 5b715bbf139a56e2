using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TradeTalks.Accounts;
using TradeTalks.Store;

namespace TradeTalks.Web.Accounts;

/// <summary>Editors' accounts: ASP.NET Core Identity on the store, a sign-in cookie, and who may do what.</summary>
public static class AccountExtensions
{
    /// <summary>Editors and Admins whose password is their own.</summary>
    public const string EditorsPolicy = "Editors";

    /// <summary>Admins whose password is their own.</summary>
    public const string AdminsPolicy = "Admins";

    /// <summary>Set on the sign-in of an account whose password was issued by someone else.</summary>
    public const string MustChangePasswordClaim = "tradetalks:must-change-password";

    public const string SignInPath = "/account/signin";

    public const string ChangePasswordPath = "/account/password";

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAccountStateProvider>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddAuthorizationBuilder()
            .AddPolicy(EditorsPolicy, policy => policy.RequireRole(EditorRoles.Editor, EditorRoles.Admin).RequireAssertion(OwnPassword))
            .AddPolicy(AdminsPolicy, policy => policy.RequireRole(EditorRoles.Admin).RequireAssertion(OwnPassword));

        services.AddAccountStore().AddSignInManager();
        services.AddScoped<IssuedPasswordChange>();

        var development = builder.Environment.IsDevelopment();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = SignInPath;
            options.LogoutPath = "/account/signout";
            options.AccessDeniedPath = "/account/denied";
            options.ReturnUrlParameter = "returnUrl";
            options.Cookie.Name = "TradeTalks.SignIn";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // Signing in on the sign-in page sends the browser to its returnUrl; a Location header carries ASCII only.
            options.Events.OnRedirectToReturnUrl = context =>
            {
                context.Response.Redirect(Extensions.ReturnAddress.ForLocation(context.RedirectUri));
                return Task.CompletedTask;
            };
        });
        // A sign-in cookie is checked against its account's security stamp at least once a minute: a disabled account,
        // a changed password or a sign-out (which renews the stamp) ends every copy of it within that minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        services.Configure<SignInRateLimit>(builder.Configuration.GetSection("SignIn:RateLimit"));
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<DecoyPassword>();
        return builder;
    }

    /// <summary>Accounts and roles in the store, without the web's sign-in: what the <c>users</c> verb needs too.</summary>
    public static IdentityBuilder AddAccountStore(this IServiceCollection services)
    {
        services.TryAddScoped(provider => provider.GetRequiredService<IDbContextFactory<TradeTalksDbContext>>().CreateDbContext());
        services.AddScoped<AccountManager>();
        return services.AddIdentityCore<EditorAccount>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TradeTalksDbContext>()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>();
    }

    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        // Sign-out changes state, so it is a form post with the antiforgery token, never a link.
        app.MapPost("/account/signout", async (HttpContext context, SignInManager<EditorAccount> signIn, UserManager<EditorAccount> users, IAntiforgery antiforgery) =>
        {
            if (!context.Request.HasFormContentType)
            {
                return Results.Problem("Sign out with the form's button; this address takes a form post.", statusCode: StatusCodes.Status400BadRequest);
            }

            try
            {
                await antiforgery.ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                return Results.Problem("The form had expired or did not come from this site. Reload the page and sign out again.", statusCode: StatusCodes.Status400BadRequest);
            }

            var form = await context.Request.ReadFormAsync();
            // Deleting the cookie in this browser is not enough: a copy of it (a shared computer, a proxy's log) would
            // sign in until it expired. A new security stamp makes every copy fail its next check, within a minute; it
            // ends the account's sign-ins on other devices too.
            if (await users.GetUserAsync(context.User) is { } account)
            {
                await users.UpdateSecurityStampAsync(account);
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect(Extensions.ReturnAddress.ForLocation(LocalOr(form["returnUrl"], "/")));
        }).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    /// <summary>A return address that stays on this site; anything else becomes <paramref name="fallback"/>.</summary>
    public static string LocalOr(string? returnUrl, string fallback) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : fallback;

    public static bool MustChangePassword(this ClaimsPrincipal user) => user.HasClaim(c => c.Type == MustChangePasswordClaim);

    private static bool OwnPassword(AuthorizationHandlerContext context) => !context.User.MustChangePassword();
}

/// <summary>Adds the "must change password" mark to the sign-in, so the editing pages can send the editor to change it first.</summary>
public sealed class AccountClaimsFactory(UserManager<EditorAccount> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<EditorAccount, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(EditorAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AccountExtensions.MustChangePasswordClaim, "true"));
        }

        return identity;
    }
}
