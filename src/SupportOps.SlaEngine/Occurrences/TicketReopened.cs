using NodaTime;

namespace SupportOps.SlaEngine.Occurrences;

/// <summary>A solved ticket was reopened; its status becomes <see cref="TicketStatus.Open"/>.</summary>
/// <param name="At">The instant of the reopen.</param>
public sealed record TicketReopened(Instant At) : TicketOccurrence(At);
