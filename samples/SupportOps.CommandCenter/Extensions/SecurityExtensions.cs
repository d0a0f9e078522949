using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.Extensions;

/// <summary>Registers ASP.NET Core Identity, the sign-in cookie, the authorization policies and the demo users.</summary>
public static class SecurityExtensions
{
    /// <summary>The sign-in cookie's name.</summary>
    public const string CookieName = "supportops.auth";

    /// <summary>Where a signed-out browser is sent for a page (not an API call).</summary>
    public const string LoginPath = "/account/login";

    /// <summary>Where a signed-in browser is sent for a page its roles may not see.</summary>
    public const string AccessDeniedPath = "/account/access-denied";

    /// <summary>Consecutive failed sign-ins that lock an account.</summary>
    public const int MaxFailedSignIns = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>How long a sign-in lasts without activity (sliding: renewed once half has passed).</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    /// <summary>
    /// Adds Identity (users and roles in <see cref="CommandCenterDbContext"/>) with the application cookie
    /// as the default scheme, the role policies of <see cref="AuthorizationPolicies"/>, the CSRF check of
    /// cookie-authenticated API writes, and the start-up creation of roles and demo users.
    /// </summary>
    /// <remarks>
    /// <para>API paths (<c>/api/...</c>) answer 401 and 403 with ProblemDetails, never a redirect; other
    /// paths redirect to <see cref="LoginPath"/> or <see cref="AccessDeniedPath"/>. The cookie is
    /// HttpOnly, <c>SameSite=Lax</c>, secure when the request is; it expires after
    /// <see cref="SessionLifetime"/> of inactivity by the injected <see cref="IClock"/>.</para>
    /// <para>A second call changes nothing.</para>
    /// </remarks>
    /// <param name="builder">The host builder; must not be null.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddCommandCenterSecurity(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(IdentityInitializer)))
        {
            return builder; // already added: authentication schemes may only be registered once
        }

        services.AddOptions<DemoUserOptions>().BindConfiguration(DemoUserOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Password), "CommandCenter:DemoUsers:Password must not be empty.")
            .ValidateOnStart();

        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = LoginPath;
                options.AccessDeniedPath = AccessDeniedPath;
                options.ExpireTimeSpan = SessionLifetime;
                options.SlidingExpiration = true;
                options.Events.OnRedirectToLogin = context => RejectApiOrRedirectAsync(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => RejectApiOrRedirectAsync(context, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
            });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IClock>((options, clock) => options.TimeProvider = new ClockTimeProvider(clock));
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IClock>((options, clock) => options.TimeProvider = new ClockTimeProvider(clock));

        services.AddIdentityCore<CommandCenterUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CommandCenterDbContext>()
            .AddSignInManager()
            .AddUserManager<ClockUserManager>()
            .AddClaimsPrincipalFactory<CommandCenterUserClaimsPrincipalFactory>();

        services.AddAuthorization(AuthorizationPolicies.AddRolePolicies);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupFilter, ApiCsrfStartupFilter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, IdentityInitializer>());
        return builder;
    }

    /// <summary>The Identity rules: unique emails, passwords of 12+ characters mixing classes, lockout after <see cref="MaxFailedSignIns"/> failures.</summary>
    internal static void ConfigureIdentity(IdentityOptions options)
    {
        options.User.RequireUniqueEmail = true;
        options.Password.RequiredLength = 12;
        options.Password.RequiredUniqueChars = 5;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = true;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>API paths get a 401/403 ProblemDetails; pages are redirected to the sign-in or access-denied page.</summary>
    internal static async Task RejectApiOrRedirectAsync(RedirectContext<CookieAuthenticationOptions> context, int statusCode)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(context.RedirectUri);
            return;
        }

        context.Response.StatusCode = statusCode;
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails =
            {
                Status = statusCode,
                Title = statusCode == StatusCodes.Status401Unauthorized ? "Sign-in required" : "Forbidden",
                Detail = statusCode == StatusCodes.Status401Unauthorized
                    ? "Sign in with POST /api/v1/auth/login first."
                    : "Your roles do not allow this request.",
            },
        }).ConfigureAwait(false);
    }
}
