namespace SupportOps.RoutingEngine.Decisions;

/// <summary>Why an alternative was not chosen.</summary>
public enum RejectionReason
{
    /// <summary>The rule's conditions did not match (see <see cref="RoutingAlternative.FailedConditions"/>).</summary>
    RuleDidNotMatch = 0,

    /// <summary>The target found no eligible agent.</summary>
    NoEligibleAgent = 1,

    /// <summary>The agent lacks the pool's skill.</summary>
    LacksSkill = 2,

    /// <summary>The agent is offline.</summary>
    Offline = 3,

    /// <summary>The agent is away.</summary>
    Away = 4,

    /// <summary>The agent is off shift in their time zone at the decision instant.</summary>
    OffShift = 5,

    /// <summary>The agent's overall load has reached capacity.</summary>
    AtCapacity = 6,

    /// <summary>The agent's load on the ticket's channel has reached the channel capacity.</summary>
    ChannelAtCapacity = 7,

    /// <summary>Another eligible agent has a lower load-to-capacity ratio.</summary>
    NotLeastLoaded = 8,

    /// <summary>Equally least loaded, but the weighted tie-break picked another agent.</summary>
    LostTieBreak = 9,

    /// <summary>The current assignee was kept during the cooldown.</summary>
    CooldownKeptAssignee = 10,

    /// <summary>The on-call agent is not in the capacity snapshot.</summary>
    NotInSnapshot = 11,
}
