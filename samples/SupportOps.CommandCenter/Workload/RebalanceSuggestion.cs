namespace SupportOps.CommandCenter.Workload;

/// <summary>A suggestion to move one ticket from one agent to another, and why.</summary>
/// <param name="TicketId">The ticket to move.</param>
/// <param name="From">The agent who holds it.</param>
/// <param name="To">The agent who should take it.</param>
/// <param name="Channel">The ticket's channel.</param>
/// <param name="Due">When its soonest SLA timer is due (ISO-8601), or null.</param>
/// <param name="Reason">Why, in one sentence with the numbers.</param>
public sealed record RebalanceSuggestion(string TicketId, string From, string To, string? Channel, string? Due, string Reason);
