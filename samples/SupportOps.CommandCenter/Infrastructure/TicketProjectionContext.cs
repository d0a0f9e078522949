using NodaTime;
using SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Infrastructure;

/// <summary>What an <see cref="ITicketProjection"/> sees of one append.</summary>
public sealed class TicketProjectionContext
{
    /// <summary>Gets the context the append runs on (inside its transaction).</summary>
    public required CommandCenterDbContext Db { get; init; }

    /// <summary>Gets the ticket's snapshot before the append (a detached copy), or null for a new ticket.</summary>
    public required TicketSnapshotRecord? Previous { get; init; }

    /// <summary>Gets the ticket's snapshot after the append (the row being saved; do not change it).</summary>
    public required TicketSnapshotRecord Current { get; init; }

    /// <summary>Gets the events this append stored, in version order (never empty).</summary>
    public required IReadOnlyList<EventEnvelope> Appended { get; init; }

    /// <summary>Gets the recorded-at instant of the append.</summary>
    public required Instant RecordedAt { get; init; }

    /// <summary>Gets the ticket's whole stream after the append (stored events then <see cref="Appended"/>), or null when the caller did not read it.</summary>
    public IReadOnlyList<EventEnvelope>? Stream { get; init; }

    /// <summary>
    /// Gets a value indicating whether the append is one of several saved together at the end of one unit of work
    /// (see <see cref="IBatchedTicketProjection"/>): nothing staged on <see cref="Db"/> is saved before then.
    /// </summary>
    public bool IsBatched { get; init; }
}
