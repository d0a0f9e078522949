namespace SupportOps.RoutingEngine.Decisions;

/// <summary>What an audit entry records.</summary>
public enum RoutingAuditEntryKind
{
    /// <summary>A routing decision.</summary>
    Decision = 0,

    /// <summary>A manual override was applied.</summary>
    OverrideApplied = 1,

    /// <summary>A manual override was cleared.</summary>
    OverrideCleared = 2,
}
