using NodaTime;

namespace SupportOps.SlaEngine.Occurrences;

/// <summary>An agent added an internal note; it never starts, pauses or stops a timer.</summary>
/// <param name="At">The instant of the note.</param>
public sealed record InternalNoteAdded(Instant At) : TicketOccurrence(At);
