using System.Globalization;
using System.Text.Json;
using NodaTime.Text;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Models;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Serialization;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Apis;

/// <summary>Validates an append request body and turns it into an <see cref="AppendRequest"/>; every error names its field.</summary>
internal static class AppendRequestParser
{
    /// <summary>The largest batch accepted in one request.</summary>
    public const int MaxEvents = 100;

    /// <summary>Parses the body; returns null and fills <paramref name="errors"/> when it is not valid.</summary>
    public static AppendRequest? Parse(string ticketId, AppendEventsRequest? body, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(ticketId) || ticketId.Length > 200)
        {
            errors["id"] = ["The ticket id must be 1 to 200 characters."];
        }

        if (body is null)
        {
            errors["body"] = ["A JSON body with expected_version and events is required."];
            return null;
        }

        if (body.ExpectedVersion is < 0)
        {
            errors["expected_version"] = [$"The expected version must be 0 or more (or omitted for any); got {body.ExpectedVersion}."];
        }

        if (body.Events is null || body.Events.Count == 0 || body.Events.Count > MaxEvents)
        {
            errors["events"] = [$"Between 1 and {MaxEvents} events are required."];
            return null;
        }

        var events = new List<NewEvent>(body.Events.Count);
        for (var i = 0; i < body.Events.Count; i++)
        {
            if (ParseEvent(body.Events[i], string.Create(CultureInfo.InvariantCulture, $"events[{i}]"), errors) is { } parsed)
            {
                events.Add(parsed);
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var expected = body.ExpectedVersion is { } version ? ExpectedVersion.Exactly(version) : ExpectedVersion.Any;
        return new AppendRequest(ticketId, expected, events);
    }

    private static NewEvent? ParseEvent(NewEventModel? model, string path, Dictionary<string, string[]> errors)
    {
        if (model is null)
        {
            errors[path] = ["The event is required."];
            return null;
        }

        var count = errors.Count;
        TicketEvent? ticketEvent = null;
        if (model.Event is not { ValueKind: JsonValueKind.Object } element)
        {
            errors[$"{path}.event"] = ["The event object (with its type) is required."];
        }
        else
        {
            var type = element.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (!TicketEventCatalog.TryGetKind(type, out var kind))
            {
                errors[$"{path}.event.type"] = [$"Unknown event type '{type}'; known types: {string.Join(", ", TicketEventCatalog.Kinds.Select(TicketEventCatalog.WireName))}."];
            }
            else
            {
                try
                {
                    ticketEvent = TimelineJson.DeserializeEvent(element.GetRawText(), model.SchemaVersion ?? TicketEventCatalog.CurrentSchemaVersion(kind));
                }
                catch (JsonException exception)
                {
                    errors[$"{path}.event"] = [exception.Message];
                }
            }
        }

        var occurredAt = model.OccurredAt is null ? null : InstantPattern.ExtendedIso.Parse(model.OccurredAt);
        if (occurredAt is not { Success: true })
        {
            errors[$"{path}.occurred_at"] = ["An ISO-8601 UTC instant such as 2026-03-08T06:33:00Z is required."];
        }

        if (!Vocabulary.TryParse<ActorKind>(model.Actor?.Kind, out var actorKind))
        {
            errors[$"{path}.actor.kind"] = [$"Unknown actor kind '{model.Actor?.Kind}'; known values: {Vocabulary.Known<ActorKind>()}."];
        }

        if (string.IsNullOrWhiteSpace(model.Actor?.Id))
        {
            errors[$"{path}.actor.id"] = ["The actor id is required."];
        }

        if (!Vocabulary.TryParse<EventSource>(model.Source, out var source))
        {
            errors[$"{path}.source"] = [$"Unknown source '{model.Source}'; known values: {Vocabulary.Known<EventSource>()}."];
        }

        if (string.IsNullOrWhiteSpace(model.DedupeKey) || model.DedupeKey.Length > 500)
        {
            errors[$"{path}.dedupe_key"] = ["A dedupe key of 1 to 500 characters is required."];
        }

        if (model.EventId is { Length: 0 or > 300 })
        {
            errors[$"{path}.event_id"] = ["The event id, when given, must be 1 to 300 characters."];
        }

        if (errors.Count > count)
        {
            return null;
        }

        return new NewEvent
        {
            Event = ticketEvent!,
            OccurredAt = occurredAt!.Value,
            Actor = new Actor { Kind = actorKind, Id = model.Actor!.Id!, DisplayName = model.Actor.DisplayName },
            Source = source,
            DedupeKey = model.DedupeKey!,
            EventId = model.EventId,
        };
    }
}
