using Microsoft.AspNetCore.Authentication.Cookies;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.Extensions;

/// <summary>Registers authentication and the authorization policies.</summary>
public static class SecurityExtensions
{
    /// <summary>
    /// Adds cookie authentication (API calls get 401 or 403 instead of a redirect) and the role
    /// policies of <see cref="AuthorizationPolicies"/>.
    /// </summary>
    /// <param name="builder">The host builder; must not be null.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddCommandCenterSecurity(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Events.OnRedirectToLogin = context => RejectApiOrRedirect(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => RejectApiOrRedirect(context, StatusCodes.Status403Forbidden);
            });
        builder.Services.AddAuthorization(AuthorizationPolicies.AddRolePolicies);
        return builder;
    }

    private static Task RejectApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int statusCode)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = statusCode;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
