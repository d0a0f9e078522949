using NodaTime;
using SupportOps.SlaEngine.Occurrences;

namespace SupportOps.SlaEngine.Timers;

/// <summary>One step in a timer cycle's history: what happened, when, and the status or priority involved.</summary>
/// <param name="At">The instant of the step.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Status">The ticket status after the step.</param>
/// <param name="Priority">The ticket priority after the step.</param>
/// <param name="Target">The cycle's target after the step.</param>
public readonly record struct SlaReason(Instant At, SlaReasonKind Kind, TicketStatus Status, Priority Priority, Duration Target);
