namespace SupportOps.CommandCenter.Security;

/// <summary>A demo sign-in created at start-up in Development (see <see cref="DemoUsers"/>).</summary>
/// <param name="Email">The email, which is also the user name.</param>
/// <param name="DisplayName">The name shown in the UI.</param>
/// <param name="Role">The user's single role, one of <see cref="Roles.All"/>.</param>
/// <param name="AgentId">The agent id claim (an agent of the seeded workload), or null for roles that do not work tickets.</param>
/// <param name="Team">The team claim, or null.</param>
public sealed record DemoUser(string Email, string DisplayName, string Role, string? AgentId, string? Team);
