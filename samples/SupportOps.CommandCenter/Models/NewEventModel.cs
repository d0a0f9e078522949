using System.Text.Json;

namespace SupportOps.CommandCenter.Models;

/// <summary>One event to append.</summary>
/// <param name="Event">The event object with its wire name in <c>type</c> (docs/event-timeline.md).</param>
/// <param name="SchemaVersion">The event's schema version; defaults to the current one. Older shapes are upcast.</param>
/// <param name="OccurredAt">When it happened, ISO-8601 UTC.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Source">Which system delivered it (<c>zendesk</c>, <c>slack</c>, <c>email</c>, <c>web</c>, <c>api</c>).</param>
/// <param name="DedupeKey">The idempotency key, unique per ticket.</param>
/// <param name="EventId">The event id, optional (the store derives one).</param>
public sealed record NewEventModel(
    JsonElement? Event,
    int? SchemaVersion,
    string? OccurredAt,
    ActorModel? Actor,
    string? Source,
    string? DedupeKey,
    string? EventId);
