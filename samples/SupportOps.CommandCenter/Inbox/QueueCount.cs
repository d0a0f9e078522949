namespace SupportOps.CommandCenter.Inbox;

/// <summary>The ticket counts of one queue.</summary>
/// <param name="Queue">The queue; the empty string for tickets without one.</param>
/// <param name="Total">All tickets in the queue.</param>
/// <param name="Unsolved">Tickets not solved or closed.</param>
/// <param name="Breached">Tickets whose soonest running SLA timer is breached.</param>
/// <param name="Unassigned">Unsolved tickets without an assignee.</param>
public sealed record QueueCount(string Queue, long Total, long Unsolved, long Breached, long Unassigned);
