using NodaTime;

namespace SupportOps.SlaEngine.Occurrences;

/// <summary>The ticket's priority changed; running timers are re-targeted (see <c>docs/sla-policies-and-timers.md</c>).</summary>
/// <param name="At">The instant of the change.</param>
/// <param name="Priority">The new priority.</param>
public sealed record PriorityChanged(Instant At, Priority Priority) : TicketOccurrence(At);
