namespace SupportOps.RoutingEngine.Decisions;

/// <summary>The steps that led to a decision, in order.</summary>
public enum RoutingReasonCode
{
    /// <summary>A rule matched (see <see cref="RoutingDecision.RuleId"/>).</summary>
    RuleMatched = 0,

    /// <summary>No rule matched; the ticket went to the default queue.</summary>
    NoRuleMatched = 1,

    /// <summary>An active override escalated the ticket to a queue.</summary>
    OverrideEscalation = 2,

    /// <summary>An active override reassigned the ticket to an agent.</summary>
    OverrideReassignment = 3,

    /// <summary>The on-call agent was assigned.</summary>
    OnCallAssigned = 4,

    /// <summary>A team lead was assigned.</summary>
    TeamLeadAssigned = 5,

    /// <summary>An agent from a skill pool was assigned.</summary>
    PoolAgentAssigned = 6,

    /// <summary>The only least-loaded eligible agent was assigned.</summary>
    LeastLoaded = 7,

    /// <summary>Several agents were equally least loaded; the weighted tie-break picked one.</summary>
    TieBreak = 8,

    /// <summary>The current assignee was kept: within the cooldown and the hysteresis margin.</summary>
    KeptCurrentAssignee = 9,

    /// <summary>A target found no eligible agent.</summary>
    NoEligibleAgent = 10,

    /// <summary>The rule's fallback target was used.</summary>
    FallbackUsed = 11,

    /// <summary>The ticket was left in the rule's queue.</summary>
    RuleQueue = 12,

    /// <summary>The ticket went to the policy's default queue.</summary>
    DefaultQueue = 13,
}
