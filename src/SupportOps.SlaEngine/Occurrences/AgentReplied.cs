using NodaTime;

namespace SupportOps.SlaEngine.Occurrences;

/// <summary>An agent replied publicly (the customer sees it). Internal notes are <see cref="InternalNoteAdded"/>.</summary>
/// <param name="At">The instant of the reply.</param>
public sealed record AgentReplied(Instant At) : TicketOccurrence(At);
