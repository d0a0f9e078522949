using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SupportOps.CommandCenter.Security;

/// <summary>
/// Builds the signed-in principal: Identity's name, id, security stamp, roles and user claims (agent id,
/// team), plus <see cref="CommandCenterClaims.DisplayName"/>.
/// </summary>
/// <param name="userManager">The user manager.</param>
/// <param name="roleManager">The role manager.</param>
/// <param name="options">The Identity options.</param>
internal sealed class CommandCenterUserClaimsPrincipalFactory(
    UserManager<CommandCenterUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CommandCenterUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CommandCenterUser user)
    {
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        if (user.DisplayName.Length > 0)
        {
            identity.AddClaim(new Claim(CommandCenterClaims.DisplayName, user.DisplayName));
        }

        return identity;
    }
}
