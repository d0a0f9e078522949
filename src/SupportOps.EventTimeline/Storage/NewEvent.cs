using NodaTime;
using SupportOps.EventTimeline.Events;

namespace SupportOps.EventTimeline.Storage;

/// <summary>An event to append: the event and its envelope fields that the caller knows.</summary>
/// <remarks>
/// <para>The store assigns the stream version and the recorded-at instant; it derives the event id as
/// <c>{ticketId}:{version}</c> when <see cref="EventId"/> is null.</para>
/// </remarks>
public sealed record NewEvent
{
    /// <summary>Gets the event.</summary>
    public required TicketEvent Event { get; init; }

    /// <summary>Gets when the event happened in the world.</summary>
    public required Instant OccurredAt { get; init; }

    /// <summary>Gets who caused the event.</summary>
    public required Actor Actor { get; init; }

    /// <summary>Gets which system delivered the event.</summary>
    public required EventSource Source { get; init; }

    /// <summary>Gets the idempotency key; an event whose key is already in the stream is not appended again.</summary>
    public required string DedupeKey { get; init; }

    /// <summary>Gets the event id to store, or null to let the store derive <c>{ticketId}:{version}</c>.</summary>
    public string? EventId { get; init; }

    /// <summary>
    /// Stamps this event into the envelope a store writes: the stream version and recorded-at instant the
    /// store assigned, the event id (derived as <c>{ticketId}:{version}</c> when <see cref="EventId"/> is
    /// null) and the event kind's current schema version. Every <see cref="IEventStore"/> writes envelopes
    /// this way, so stores agree on what is stored.
    /// </summary>
    /// <param name="ticketId">The ticket (stream) id; must not be null or empty.</param>
    /// <param name="version">The stream version assigned to the event; positive.</param>
    /// <param name="recordedAt">When the store recorded the event.</param>
    /// <returns>The envelope to store.</returns>
    /// <exception cref="ArgumentException"><paramref name="ticketId"/> is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is not positive.</exception>
    public EventEnvelope ToEnvelope(string ticketId, long version, Instant recordedAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(ticketId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        return new EventEnvelope
        {
            EventId = EventId ?? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ticketId}:{version}"),
            TicketId = ticketId,
            Version = version,
            OccurredAt = OccurredAt,
            RecordedAt = recordedAt,
            Actor = Actor,
            Source = Source,
            DedupeKey = DedupeKey,
            SchemaVersion = TicketEventCatalog.CurrentSchemaVersion(Event.Kind),
            Event = Event,
        };
    }
}
