using System.Text.Json.Nodes;
using NodaTime;
using SupportOps.EventTimeline.Events;

namespace SupportOps.EventTimeline.Serialization;

/// <summary>The envelope as written: its fields, then the event object with its <c>type</c> discriminator.</summary>
internal sealed record EnvelopeWriteModel(
    string EventId,
    string TicketId,
    long Version,
    Instant OccurredAt,
    Instant RecordedAt,
    Actor Actor,
    EventSource Source,
    string DedupeKey,
    int SchemaVersion,
    TicketEvent Event);

/// <summary>The envelope as read: the event stays a JSON object until it has been upcast.</summary>
internal sealed record EnvelopeReadModel(
    string EventId,
    string TicketId,
    long Version,
    Instant OccurredAt,
    Instant RecordedAt,
    Actor Actor,
    EventSource Source,
    string DedupeKey,
    int SchemaVersion,
    JsonObject Event);
