namespace SupportOps.CommandCenter.Security;

/// <summary>
/// The demo sign-ins, one per role, all with the password <see cref="DemoUserOptions.Password"/>. The
/// agent and the team lead are agents of the seeded workload (<c>SeedGenerator.Agents</c>), so their
/// focus queue and team views show real tickets.
/// </summary>
public static class DemoUsers
{
    /// <summary>The domain of every demo email.</summary>
    public const string Domain = "demo.supportops";

    /// <summary>Gets the agent: Ava Chen (agent-1, team americas).</summary>
    public static DemoUser Agent { get; } = new($"agent@{Domain}", "Ava Chen", Roles.Agent, "agent-1", "americas");

    /// <summary>Gets the team lead: Dev Patel (agent-4, leads team americas).</summary>
    public static DemoUser TeamLead { get; } = new($"teamlead@{Domain}", "Dev Patel", Roles.TeamLead, "agent-4", "americas");

    /// <summary>Gets the operations manager.</summary>
    public static DemoUser OpsManager { get; } = new($"opsmanager@{Domain}", "Morgan Reyes", Roles.OpsManager, null, null);

    /// <summary>Gets the executive.</summary>
    public static DemoUser Executive { get; } = new($"executive@{Domain}", "Sam Whitfield", Roles.Executive, null, null);

    /// <summary>Gets the administrator.</summary>
    public static DemoUser Admin { get; } = new($"admin@{Domain}", "Alex Kim", Roles.Admin, null, null);

    /// <summary>Gets every demo user, in the order of <see cref="Roles.All"/>.</summary>
    public static IReadOnlyList<DemoUser> All { get; } = [Agent, TeamLead, OpsManager, Executive, Admin];
}
