using Microsoft.AspNetCore.Identity;

namespace SupportOps.CommandCenter.Security;

/// <summary>A person who signs in to the command center (an ASP.NET Core Identity user; the user name is the email).</summary>
/// <remarks>
/// <para>Roles are Identity roles named as in <see cref="Roles"/>; the agent id and team of users who
/// work tickets are user claims (<see cref="CommandCenterClaims.AgentId"/>, <see cref="CommandCenterClaims.Team"/>).</para>
/// </remarks>
public sealed class CommandCenterUser : IdentityUser
{
    /// <summary>The largest display name length.</summary>
    public const int MaxDisplayNameLength = 100;

    /// <summary>Gets or sets the name shown in the UI (e.g. "Ava Chen"); empty when unknown.</summary>
    /// <value>The default value is the empty string.</value>
    public string DisplayName { get; set; } = string.Empty;
}
