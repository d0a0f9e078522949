using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.Tests.Security;

public sealed class SecurityExtensionsTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 10, 15, 0);

    [Fact]
    public void AddCommandCenterSecurity_Defaults_CookieIsHttpOnlyLaxSameAsRequestWithTheLoginPages()
    {
        using var provider = Build();

        var sut = provider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        Assert.Equal(SecurityExtensions.CookieName, sut.Cookie.Name);
        Assert.True(sut.Cookie.HttpOnly);
        Assert.Equal(SameSiteMode.Lax, sut.Cookie.SameSite);
        Assert.Equal(CookieSecurePolicy.SameAsRequest, sut.Cookie.SecurePolicy);
        Assert.Equal("/account/login", sut.LoginPath);
        Assert.Equal("/account/access-denied", sut.AccessDeniedPath);
        Assert.Equal(SecurityExtensions.SessionLifetime, sut.ExpireTimeSpan);
        Assert.True(sut.SlidingExpiration);
    }

    [Fact]
    public async Task AddCommandCenterSecurity_Defaults_IdentityCookieIsTheDefaultScheme()
    {
        using var provider = Build();

        var schemes = provider.GetRequiredService<IAuthenticationSchemeProvider>();

        Assert.Equal(IdentityConstants.ApplicationScheme, (await schemes.GetDefaultAuthenticateSchemeAsync())?.Name);
        Assert.Equal(IdentityConstants.ApplicationScheme, (await schemes.GetDefaultChallengeSchemeAsync())?.Name);
    }

    [Fact]
    public void AddCommandCenterSecurity_ClockRegistered_CookieTimeFollowsTheClock()
    {
        var clock = new FakeClock(Now);
        using var provider = Build(clock);

        var sut = provider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        Assert.Equal(Now.ToDateTimeOffset(), sut.TimeProvider!.GetUtcNow());
        clock.Advance(Duration.FromHours(3));
        Assert.Equal(Now.Plus(Duration.FromHours(3)).ToDateTimeOffset(), sut.TimeProvider.GetUtcNow());
        Assert.Equal(Now.Plus(Duration.FromHours(3)).ToDateTimeOffset(), provider.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.TimeProvider!.GetUtcNow());
    }

    [Fact]
    public void AddCommandCenterSecurity_Defaults_LockoutAndPasswordRules()
    {
        using var provider = Build();

        var sut = provider.GetRequiredService<IOptions<IdentityOptions>>().Value;

        Assert.Equal(5, sut.Lockout.MaxFailedAccessAttempts);
        Assert.Equal(TimeSpan.FromMinutes(15), sut.Lockout.DefaultLockoutTimeSpan);
        Assert.True(sut.Lockout.AllowedForNewUsers);
        Assert.Equal(12, sut.Password.RequiredLength);
        Assert.True(sut.User.RequireUniqueEmail);
    }

    [Fact]
    public async Task AddCommandCenterSecurity_Policies_AdmitExactlyTheRolesOfRolesByPolicy()
    {
        using var provider = Build();
        var policies = provider.GetRequiredService<IAuthorizationPolicyProvider>();

        foreach (var (name, roles) in AuthorizationPolicies.RolesByPolicy)
        {
            var policy = await policies.GetPolicyAsync(name);

            Assert.NotNull(policy);
            Assert.Contains(policy.Requirements, r => r is DenyAnonymousAuthorizationRequirement);
            var allowed = Assert.Single(policy.Requirements.OfType<RolesAuthorizationRequirement>()).AllowedRoles;
            Assert.Equal(roles.Order(StringComparer.Ordinal), allowed.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void AddCommandCenterSecurity_CalledTwice_RegistersOnce()
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddApplicationServices();

        builder.AddCommandCenterSecurity();
        builder.AddCommandCenterSecurity();

        Assert.Single(builder.Services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(IdentityInitializer));
        Assert.Single(builder.Services, d => d.ServiceType == typeof(IStartupFilter) && d.ImplementationType == typeof(ApiCsrfStartupFilter));
        using var provider = builder.Services.BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme));
        Assert.IsType<CommandCenterUserClaimsPrincipalFactory>(provider.CreateScope().ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<CommandCenterUser>>());
    }

    [Fact]
    public void AddCommandCenterSecurity_EmptyDemoPassword_FailsOptionsValidation()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["CommandCenter:DemoUsers:Password"] = " ";
        builder.AddApplicationServices();
        builder.AddCommandCenterSecurity();

        using var provider = builder.Services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DemoUserOptions>>().Value);
        Assert.Contains("Password", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/tickets", StatusCodes.Status401Unauthorized, "Sign-in required")]
    [InlineData("/API/v1/settings", StatusCodes.Status403Forbidden, "Forbidden")]
    public async Task RejectApiOrRedirectAsync_ApiPath_WritesProblemWithoutRedirect(string path, int status, string title)
    {
        using var provider = Build();
        var (context, redirect) = NewRedirectContext(provider, path);

        await SecurityExtensions.RejectApiOrRedirectAsync(redirect, status);

        Assert.Equal(status, context.Response.StatusCode);
        Assert.False(context.Response.Headers.ContainsKey("Location"));
        Assert.StartsWith("application/problem+json", context.Response.ContentType, StringComparison.Ordinal);
        context.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/inbox", StatusCodes.Status401Unauthorized)]
    [InlineData("/apis-docs", StatusCodes.Status403Forbidden)]
    [InlineData("/", StatusCodes.Status401Unauthorized)]
    public async Task RejectApiOrRedirectAsync_PagePath_RedirectsToTheGivenPage(string path, int status)
    {
        using var provider = Build();
        var (context, redirect) = NewRedirectContext(provider, path);

        await SecurityExtensions.RejectApiOrRedirectAsync(redirect, status);

        Assert.Equal(StatusCodes.Status302Found, context.Response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Finbox", context.Response.Headers.Location.ToString());
    }

    private static (DefaultHttpContext Context, RedirectContext<CookieAuthenticationOptions> Redirect) NewRedirectContext(ServiceProvider provider, string path)
    {
        var context = new DefaultHttpContext { RequestServices = provider };
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        var scheme = new AuthenticationScheme(IdentityConstants.ApplicationScheme, null, typeof(CookieAuthenticationHandler));
        var options = provider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        return (context, new RedirectContext<CookieAuthenticationOptions>(context, scheme, options, new AuthenticationProperties(), "/account/login?ReturnUrl=%2Finbox"));
    }

    private static ServiceProvider Build(IClock? clock = null)
    {
        var builder = WebApplication.CreateBuilder();
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.AddApplicationServices();
        builder.AddCommandCenterSecurity();
        return builder.Services.BuildServiceProvider();
    }
}
