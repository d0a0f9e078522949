namespace SupportOps.RoutingEngine.Policies;

/// <summary>The conditions of a rule clause, as flags; used to say which conditions failed.</summary>
[Flags]
public enum RuleConditionKinds
{
    /// <summary>No condition.</summary>
    None = 0,

    /// <summary>The priority set.</summary>
    Priority = 1,

    /// <summary>The risk score range.</summary>
    RiskScore = 2,

    /// <summary>The customer tier set.</summary>
    CustomerTier = 4,

    /// <summary>The tags of which at least one must be present.</summary>
    TagsAny = 8,

    /// <summary>The tags that must all be present.</summary>
    TagsAll = 16,

    /// <summary>The channel set.</summary>
    Channel = 32,
}
