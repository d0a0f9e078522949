namespace SupportOps.RiskModel.Scoring;

/// <summary>Status of a ticket; <see cref="PendingCustomer"/> and <see cref="OnHold"/> are the pausing statuses.</summary>
/// <remarks><para>Wire values are the snake_case names (<c>new</c>, <c>open</c>, <c>pending_customer</c>, …).</para></remarks>
public enum TicketStatus
{
    /// <summary>Created, not yet touched by an agent.</summary>
    New = 0,

    /// <summary>Being worked on.</summary>
    Open = 1,

    /// <summary>Waiting for the customer; SLA clocks usually pause.</summary>
    PendingCustomer = 2,

    /// <summary>Waiting on a third party or internal team; SLA clocks usually pause.</summary>
    OnHold = 3,

    /// <summary>Solved; it may still reopen.</summary>
    Solved = 4,

    /// <summary>Closed; it can no longer reopen.</summary>
    Closed = 5,
}
