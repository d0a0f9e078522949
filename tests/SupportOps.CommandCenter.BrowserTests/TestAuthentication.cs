using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.BrowserTests;

/// <summary>
/// A test authentication scheme: the request's <c>X-Test-Role</c> header picks the role (default
/// <see cref="Roles.Admin"/>; <c>anonymous</c> means not signed in), <c>X-Test-User</c> the user name and
/// <c>X-Test-Agent</c> the agent id claim. Functional tests use it to exercise the real policies
/// without going through the sign-in page.
/// </summary>
public sealed class TestAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string RoleHeader = "X-Test-Role";
    public const string UserHeader = "X-Test-User";
    public const string AgentHeader = "X-Test-Agent";
    public const string Anonymous = "anonymous";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var role = Request.Headers[RoleHeader].ToString();
        if (string.IsNullOrEmpty(role))
        {
            role = Roles.Admin;
        }

        if (role == Anonymous)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var user = Request.Headers[UserHeader].ToString() is { Length: > 0 } name ? name : $"{role.ToLowerInvariant()}@test";
        var claims = new List<Claim> { new(ClaimTypes.Name, user), new(ClaimTypes.NameIdentifier, user), new(ClaimTypes.Role, role) };
        if (Request.Headers[AgentHeader].ToString() is { Length: > 0 } agent)
        {
            claims.Add(new Claim(CommandCenterClaims.AgentId, agent));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
