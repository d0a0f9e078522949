namespace SupportOps.RoutingEngine;

/// <summary>Ticket priority, from the shared vocabulary (wire values p0..p3).</summary>
public enum Priority
{
    /// <summary>The most urgent priority (wire value p0).</summary>
    P0 = 0,

    /// <summary>High priority (wire value p1).</summary>
    P1 = 1,

    /// <summary>Normal priority (wire value p2).</summary>
    P2 = 2,

    /// <summary>Low priority (wire value p3).</summary>
    P3 = 3,
}
