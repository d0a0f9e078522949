namespace SupportOps.CommandCenter.Infrastructure;

/// <summary>One stored timeline event: a row of the <c>Events</c> table.</summary>
/// <remarks>
/// <para>The payload is the envelope's <c>TimelineJson</c>; the other columns are copies of envelope
/// fields kept for indexes (concurrency, idempotency, range reads). Instants are stored as Unix ticks
/// (100 ns) so they sort and compare the same way on every provider.</para>
/// </remarks>
public sealed class EventRecord
{
    /// <summary>Gets or sets the surrogate key (insertion order).</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the ticket (stream) id.</summary>
    public required string TicketId { get; set; }

    /// <summary>Gets or sets the position in the stream, from 1 without gaps.</summary>
    public long Version { get; set; }

    /// <summary>Gets or sets the event id.</summary>
    public required string EventId { get; set; }

    /// <summary>Gets or sets the idempotency key, unique per stream.</summary>
    public required string DedupeKey { get; set; }

    /// <summary>Gets or sets the event's wire name (<c>type</c>).</summary>
    public required string EventType { get; set; }

    /// <summary>Gets or sets when it happened, as Unix ticks.</summary>
    public long OccurredAtTicks { get; set; }

    /// <summary>Gets or sets when the store recorded it, as Unix ticks.</summary>
    public long RecordedAtTicks { get; set; }

    /// <summary>Gets or sets the envelope as TimelineJson.</summary>
    public required string Payload { get; set; }
}
