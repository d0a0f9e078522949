namespace SupportOps.RoutingEngine.Decisions;

/// <summary>Where a decision sends the ticket.</summary>
public enum DecisionTargetKind
{
    /// <summary>A queue, unassigned.</summary>
    Queue = 0,

    /// <summary>An agent.</summary>
    Agent = 1,
}
