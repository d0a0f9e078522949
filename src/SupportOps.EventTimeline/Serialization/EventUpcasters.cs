using System.Text.Json;
using System.Text.Json.Nodes;
using SupportOps.EventTimeline.Events;

namespace SupportOps.EventTimeline.Serialization;

/// <summary>
/// Rewrites older event shapes into the current one, one schema version at a time, on the JSON object
/// before it is bound to the record.
/// </summary>
/// <remarks>
/// <para>An upcaster for (kind, n) turns the version-n shape into the version n+1 shape. Reading a
/// version-1 event of a kind now at version 3 applies (kind, 1) then (kind, 2).</para>
/// </remarks>
internal static class EventUpcasters
{
    private static readonly Dictionary<(TicketEventKind Kind, int FromVersion), Action<JsonObject>> Steps = new()
    {
        [(TicketEventKind.TicketCreated, 1)] = TicketCreatedV1ToV2,
        [(TicketEventKind.StatusChanged, 1)] = StatusChangedV1ToV2,
    };

    /// <summary>Validates the event's type and version and upcasts it in place to the current shape.</summary>
    /// <exception cref="UnknownEventTypeException">The type is missing or unknown.</exception>
    /// <exception cref="UnsupportedSchemaVersionException">The version is newer than current, below 1, or has no upcaster.</exception>
    public static TicketEventKind Upcast(JsonObject eventObject, int schemaVersion)
    {
        var wireName = eventObject.TryGetPropertyValue("type", out var typeNode) && typeNode is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : null;
        if (!TicketEventCatalog.TryGetKind(wireName, out var kind))
        {
            throw new UnknownEventTypeException(wireName);
        }

        var current = TicketEventCatalog.CurrentSchemaVersion(kind);
        if (schemaVersion < 1 || schemaVersion > current)
        {
            throw new UnsupportedSchemaVersionException(wireName, schemaVersion, current);
        }

        for (var version = schemaVersion; version < current; version++)
        {
            if (!Steps.TryGetValue((kind, version), out var step))
            {
                throw new UnsupportedSchemaVersionException(wireName, schemaVersion, current);
            }

            step(eventObject);
        }

        return kind;
    }

    /// <summary>v1 had one optional <c>tag</c> and no <c>tier</c>: tags become a list, tier defaults to standard.</summary>
    private static void TicketCreatedV1ToV2(JsonObject created)
    {
        var tags = new JsonArray();
        if (created.Remove("tag", out var tag) && tag is not null)
        {
            if (tag.GetValueKind() != JsonValueKind.String)
            {
                throw new JsonException($"ticket_created v1 'tag' must be a string, but was {tag.GetValueKind()}.");
            }

            var name = tag.GetValue<string>();
            if (name.Length > 0)
            {
                tags.Add(name);
            }
        }

        created["tags"] = tags;
        if (!created.ContainsKey("tier"))
        {
            created["tier"] = "standard";
        }
    }

    /// <summary>v1 used the legacy names <c>pending</c> and <c>hold</c> for the pausing statuses.</summary>
    private static void StatusChangedV1ToV2(JsonObject changed)
    {
        RenameLegacyStatus(changed, "from");
        RenameLegacyStatus(changed, "to");
    }

    private static void RenameLegacyStatus(JsonObject changed, string property)
    {
        if (changed[property] is JsonValue value && value.TryGetValue<string>(out var status))
        {
            changed[property] = status switch
            {
                "pending" => "pending_customer",
                "hold" or "onhold" => "on_hold",
                _ => status,
            };
        }
    }
}
