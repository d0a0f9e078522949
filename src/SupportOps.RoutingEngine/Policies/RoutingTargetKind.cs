namespace SupportOps.RoutingEngine.Policies;

/// <summary>What a rule routes to.</summary>
public enum RoutingTargetKind
{
    /// <summary>A queue; the ticket waits there unassigned. The target id is the queue id (wire value <c>queue</c>).</summary>
    Queue = 0,

    /// <summary>
    /// The eligible agents with a skill; the target id is the skill, or <see langword="null"/> for any
    /// active agent (wire value <c>agent_pool</c>).
    /// </summary>
    AgentPool = 1,

    /// <summary>
    /// The agent on call at the decision instant; the target id is the role, <c>primary</c> or
    /// <c>secondary</c> (wire value <c>on_call</c>).
    /// </summary>
    OnCall = 2,

    /// <summary>The team leads of a team; the target id is the team (wire value <c>team_lead</c>).</summary>
    TeamLead = 3,
}
