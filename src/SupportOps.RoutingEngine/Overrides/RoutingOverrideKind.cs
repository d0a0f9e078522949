namespace SupportOps.RoutingEngine.Overrides;

/// <summary>What a manual override does.</summary>
public enum RoutingOverrideKind
{
    /// <summary>Send the ticket to a queue (wire value <c>escalate_to_queue</c>).</summary>
    EscalateToQueue = 0,

    /// <summary>Assign the ticket to an agent (wire value <c>reassign_to_agent</c>).</summary>
    ReassignToAgent = 1,
}
