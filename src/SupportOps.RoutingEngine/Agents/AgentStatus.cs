namespace SupportOps.RoutingEngine.Agents;

/// <summary>An agent's presence.</summary>
public enum AgentStatus
{
    /// <summary>Available for new tickets (wire value <c>online</c>).</summary>
    Online = 0,

    /// <summary>Signed in but not taking tickets; still reachable for on-call (wire value <c>away</c>).</summary>
    Away = 1,

    /// <summary>Signed out (wire value <c>offline</c>).</summary>
    Offline = 2,
}
