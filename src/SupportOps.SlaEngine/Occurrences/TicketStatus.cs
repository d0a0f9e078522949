namespace SupportOps.SlaEngine.Occurrences;

/// <summary>
/// A ticket's status. Wire values: <c>new</c> <c>open</c> <c>pending_customer</c> <c>on_hold</c>
/// <c>solved</c> <c>closed</c>.
/// </summary>
public enum TicketStatus
{
    /// <summary>Created and not yet worked on.</summary>
    New = 0,

    /// <summary>Being worked on.</summary>
    Open = 1,

    /// <summary>Waiting for the customer; pauses resolution and next-response timers by default.</summary>
    PendingCustomer = 2,

    /// <summary>Waiting for a third party; pauses resolution timers by default.</summary>
    OnHold = 3,

    /// <summary>Solved; ends every running timer cycle. The ticket can still reopen.</summary>
    Solved = 4,

    /// <summary>A solved ticket that can no longer reopen.</summary>
    Closed = 5,
}
