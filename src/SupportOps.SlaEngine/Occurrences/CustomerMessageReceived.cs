using NodaTime;

namespace SupportOps.SlaEngine.Occurrences;

/// <summary>The customer wrote to the ticket.</summary>
/// <param name="At">The instant the message arrived.</param>
public sealed record CustomerMessageReceived(Instant At) : TicketOccurrence(At);
