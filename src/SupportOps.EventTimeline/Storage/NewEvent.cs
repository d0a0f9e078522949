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
}
