using NodaTime;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.Adapters.Ingest;

/// <summary>
/// The latest value and time of each single-valued ticket field (status, priority, assignee, queue)
/// in a stream, used to skip state changes that are no-ops or older than what is stored.
/// </summary>
internal sealed class TicketFieldState
{
    private readonly Dictionary<TicketEventKind, (object? Value, Instant At)> fields = [];

    public HashSet<string> DedupeKeys { get; } = new(StringComparer.Ordinal);

    public bool HasCreated { get; private set; }

    public static TicketFieldState From(IReadOnlyList<EventEnvelope> stream)
    {
        var state = new TicketFieldState();
        foreach (var envelope in stream)
        {
            state.DedupeKeys.Add(envelope.DedupeKey);
            state.Apply(envelope.Event, envelope.OccurredAt);
        }

        return state;
    }

    /// <summary>Tells whether a new event would change nothing or is older than the stored value of its field.</summary>
    public bool IsSuperseded(NewEvent item)
    {
        if (item.Event is TicketCreated)
        {
            return HasCreated;
        }

        if (FieldOf(item.Event) is not { } field)
        {
            return false;
        }

        if (!fields.TryGetValue(field.Kind, out var current))
        {
            return false;
        }

        return item.OccurredAt < current.At || Equals(current.Value, field.Value);
    }

    public void Apply(TicketEvent ticketEvent, Instant occurredAt)
    {
        if (ticketEvent is TicketCreated created)
        {
            HasCreated = true;
            Set(TicketEventKind.StatusChanged, TicketStatus.New, occurredAt);
            Set(TicketEventKind.PriorityChanged, created.Priority, occurredAt);
            if (created.Queue is not null)
            {
                Set(TicketEventKind.QueueChanged, created.Queue, occurredAt);
            }

            return;
        }

        if (FieldOf(ticketEvent) is { } field)
        {
            Set(field.Kind, field.Value, occurredAt);
        }
    }

    private static (TicketEventKind Kind, object? Value)? FieldOf(TicketEvent ticketEvent) => ticketEvent switch
    {
        StatusChanged status => (TicketEventKind.StatusChanged, status.To),
        PriorityChanged priority => (TicketEventKind.PriorityChanged, priority.To),
        AssigneeChanged assignee => (TicketEventKind.AssigneeChanged, assignee.To),
        QueueChanged queue => (TicketEventKind.QueueChanged, queue.To),
        _ => null,
    };

    private void Set(TicketEventKind kind, object? value, Instant at)
    {
        if (!fields.TryGetValue(kind, out var current) || at >= current.At)
        {
            fields[kind] = (value, at);
        }
    }
}
