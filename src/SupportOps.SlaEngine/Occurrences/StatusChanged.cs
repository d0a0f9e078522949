using NodaTime;

namespace SupportOps.SlaEngine.Occurrences;

/// <summary>
/// The ticket's status changed. A change from <see cref="TicketStatus.Solved"/> to an unsolved status is
/// a reopen, exactly as <see cref="TicketReopened"/>.
/// </summary>
/// <param name="At">The instant of the change.</param>
/// <param name="Status">The new status.</param>
public sealed record StatusChanged(Instant At, TicketStatus Status) : TicketOccurrence(At);
