using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using SupportOps.SlaEngine.Occurrences;

namespace SupportOps.SlaCli;

/// <summary>
/// The demo's ticket file: a fixed <c>now</c> and tickets, each with its creation and events.
/// Every problem is reported with the field's path and value.
/// </summary>
internal sealed record DemoData(Instant Now, ImmutableArray<DemoTicket> Tickets)
{
    public static DemoData FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var now = InstantAt(Property(root, "now", "$"), "now");
        var tickets = ImmutableArray.CreateBuilder<DemoTicket>();
        var index = 0;
        foreach (var ticket in Property(root, "tickets", "$").EnumerateArray())
        {
            tickets.Add(Ticket(ticket, $"tickets[{index.ToString(CultureInfo.InvariantCulture)}]"));
            index++;
        }

        return new DemoData(now, tickets.ToImmutable());
    }

    private static DemoTicket Ticket(JsonElement ticket, string path)
    {
        var id = Text(Property(ticket, "id", path), $"{path}.id");
        var title = Text(Property(ticket, "title", path), $"{path}.title");
        var created = Property(ticket, "created", path);
        var createdPath = $"{path}.created";
        var tags = ImmutableArray.CreateBuilder<string>();
        if (created.TryGetProperty("tags", out var tagList))
        {
            foreach (var tag in tagList.EnumerateArray())
            {
                tags.Add(Text(tag, $"{createdPath}.tags"));
            }
        }

        var occurrences = ImmutableArray.CreateBuilder<TicketOccurrence>();
        occurrences.Add(new TicketCreated(
            InstantAt(Property(created, "at", createdPath), $"{createdPath}.at"),
            Wire.Priority(Text(Property(created, "priority", createdPath), $"{createdPath}.priority"), $"{createdPath}.priority"),
            Wire.Tier(Text(Property(created, "tier", createdPath), $"{createdPath}.tier"), $"{createdPath}.tier"),
            Wire.Channel(Text(Property(created, "channel", createdPath), $"{createdPath}.channel"), $"{createdPath}.channel"),
            tags.ToImmutable()));
        var index = 0;
        if (ticket.TryGetProperty("events", out var events))
        {
            foreach (var item in events.EnumerateArray())
            {
                var itemPath = $"{path}.events[{index.ToString(CultureInfo.InvariantCulture)}]";
                var at = InstantAt(Property(item, "at", itemPath), $"{itemPath}.at");
                var type = Text(Property(item, "type", itemPath), $"{itemPath}.type");
                occurrences.Add(type switch
                {
                    "customer_message" => new CustomerMessageReceived(at),
                    "agent_reply" => new AgentReplied(at),
                    "internal_note" => new InternalNoteAdded(at),
                    "status" => new StatusChanged(at, Wire.Status(Text(Property(item, "status", itemPath), $"{itemPath}.status"), $"{itemPath}.status")),
                    "priority" => new PriorityChanged(at, Wire.Priority(Text(Property(item, "priority", itemPath), $"{itemPath}.priority"), $"{itemPath}.priority")),
                    "reopen" => new TicketReopened(at),
                    _ => throw new FormatException($"{itemPath}.type: unknown event type '{type}'; expected customer_message, agent_reply, internal_note, status, priority or reopen."),
                });
                index++;
            }
        }

        return new DemoTicket(id, title, occurrences.ToImmutable());
    }

    private static JsonElement Property(JsonElement element, string name, string path) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new FormatException($"{path}.{name}: missing.");

    private static string Text(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw new FormatException($"{path}: expected a string, but was {element.GetRawText()}.");

    private static Instant InstantAt(JsonElement element, string path) =>
        Iso.TryParseInstant(Text(element, path), out var instant, out var error) ? instant : throw new FormatException($"{path}: {error}");
}
