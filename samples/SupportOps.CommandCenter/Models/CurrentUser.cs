namespace SupportOps.CommandCenter.Models;

/// <summary>The signed-in user, as returned by sign-in and <c>GET /api/v1/auth/me</c>.</summary>
/// <param name="Email">The email (the user name).</param>
/// <param name="Name">The display name, or the email when there is none.</param>
/// <param name="Roles">The user's roles, in the order of <see cref="Security.Roles.All"/>.</param>
/// <param name="AgentId">The agent id claim, or null.</param>
/// <param name="Team">The team claim, or null.</param>
public sealed record CurrentUser(string Email, string Name, IReadOnlyList<string> Roles, string? AgentId, string? Team);
