using NodaTime;

namespace SupportOps.EventTimeline.Events;

/// <summary>
/// A stored ticket event with everything around it: ids, stream version, times, actor, source,
/// dedupe key and schema version.
/// </summary>
/// <remarks>
/// <para>Envelopes are created by an <see cref="Storage.IEventStore"/> when events are appended (it assigns
/// <see cref="Version"/>, <see cref="RecordedAt"/> and, when the caller gave none, <see cref="EventId"/>)
/// and by the serializer when they are read back.</para>
/// </remarks>
public sealed record EventEnvelope
{
    /// <summary>Gets the event id: supplied by the caller, or <c>{ticketId}:{version}</c> when derived by the store.</summary>
    public required string EventId { get; init; }

    /// <summary>Gets the id of the ticket whose stream holds the event.</summary>
    public required string TicketId { get; init; }

    /// <summary>Gets the event's position in its ticket stream: 1 for the first event, then 2, 3 ... without gaps.</summary>
    public required long Version { get; init; }

    /// <summary>Gets when the event happened in the world (as the source reports it).</summary>
    public required Instant OccurredAt { get; init; }

    /// <summary>Gets when the event was recorded in the timeline.</summary>
    public required Instant RecordedAt { get; init; }

    /// <summary>Gets who caused the event.</summary>
    public required Actor Actor { get; init; }

    /// <summary>Gets which system delivered the event.</summary>
    public required EventSource Source { get; init; }

    /// <summary>
    /// Gets the idempotency key: appending another event with the same key to the same stream is a no-op
    /// that returns this event. Ingest uses <c>{source}:{externalTicketId}:{externalEventId or updatedAt}</c>.
    /// </summary>
    public required string DedupeKey { get; init; }

    /// <summary>
    /// Gets the schema version of <see cref="Event"/>'s shape. Events read from older shapes are upcast, so
    /// this is always the current version from <see cref="TicketEventCatalog.CurrentSchemaVersion"/>.
    /// </summary>
    public required int SchemaVersion { get; init; }

    /// <summary>Gets the event.</summary>
    public required TicketEvent Event { get; init; }
}
