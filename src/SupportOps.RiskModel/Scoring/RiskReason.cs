namespace SupportOps.RiskModel.Scoring;

/// <summary>The closed set of factors that make up a <see cref="RiskScore"/>; each is also a reason code.</summary>
/// <remarks>
/// <para>The numeric order is the fixed tie-break order for reasons with the same absolute contribution
/// (lower first). <see cref="RiskReasonCodes.ToCode"/> gives the stable wire code, e.g. <c>SLA_TIME_ELAPSED</c>.</para>
/// <para>New members are only ever appended; existing codes never change meaning.</para>
/// </remarks>
public enum RiskReason
{
    /// <summary><c>ALREADY_BREACHED</c>: the soonest SLA timer is already breached; the score is lifted to the breach floor.</summary>
    AlreadyBreached = 0,

    /// <summary><c>SLA_TIME_ELAPSED</c>: share of the SLA target's business time already used.</summary>
    SlaTimeElapsed = 1,

    /// <summary><c>AGENT_LOAD_HIGH</c>: the assignee is loaded above the agent-load threshold.</summary>
    AgentLoadHigh = 2,

    /// <summary><c>BACKLOG_HIGH</c>: the ticket's queue backlog is above the backlog threshold.</summary>
    BacklogHigh = 3,

    /// <summary><c>UNASSIGNED</c>: nobody owns the ticket.</summary>
    Unassigned = 4,

    /// <summary><c>PRIORITY_P0</c>: the ticket is urgent.</summary>
    PriorityP0 = 5,

    /// <summary><c>PRIORITY_P1</c>: the ticket is high priority.</summary>
    PriorityP1 = 6,

    /// <summary><c>LIVE_CHANNEL</c>: the customer is waiting on live chat.</summary>
    LiveChannel = 7,

    /// <summary><c>SOCIAL_CHANNEL</c>: the conversation is public on social media.</summary>
    SocialChannel = 8,

    /// <summary><c>ON_HOLD</c>: the ticket is on hold (lowers the score).</summary>
    OnHold = 9,

    /// <summary><c>PENDING_CUSTOMER</c>: the ticket waits for the customer (lowers the score).</summary>
    PendingCustomer = 10,
}
