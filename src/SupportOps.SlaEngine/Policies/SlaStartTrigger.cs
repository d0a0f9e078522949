namespace SupportOps.SlaEngine.Policies;

/// <summary>
/// What starts a timer cycle. Wire values: <c>ticket_created</c> <c>first_customer_message</c>
/// <c>unanswered_customer_message</c> <c>public_agent_reply</c>.
/// </summary>
public enum SlaStartTrigger
{
    /// <summary>The ticket's creation starts the one cycle (first response and resolution by default).</summary>
    TicketCreated = 0,

    /// <summary>The ticket's first customer message starts the one cycle.</summary>
    FirstCustomerMessage = 1,

    /// <summary>
    /// The oldest customer message not yet answered, once an agent has replied publicly at least once,
    /// starts a cycle (next response by default).
    /// </summary>
    UnansweredCustomerMessage = 2,

    /// <summary>Each public agent reply while the ticket is not solved starts a new cycle (periodic update by default).</summary>
    PublicAgentReply = 3,
}
