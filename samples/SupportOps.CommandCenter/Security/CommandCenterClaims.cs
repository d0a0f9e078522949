namespace SupportOps.CommandCenter.Security;

/// <summary>The claim types the command center adds to a signed-in user.</summary>
public static class CommandCenterClaims
{
    /// <summary>The agent id (as used in <c>ticket_assigned</c> events) of a user who works tickets.</summary>
    public const string AgentId = "supportops:agent_id";

    /// <summary>The team of a user who works tickets or leads a team.</summary>
    public const string Team = "supportops:team";

    /// <summary>The user's display name (<see cref="CommandCenterUser.DisplayName"/>).</summary>
    public const string DisplayName = "supportops:display_name";
}
