using System.Collections.Immutable;
using NodaTime;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Tests.Rollups;

/// <summary>Builds ticket events for rollup, summary and export tests.</summary>
internal sealed class TicketStreamBuilder(string ticketId)
{
    private readonly List<NewEvent> _events = [];
    private long _version;

    public string TicketId { get; } = ticketId;

    public IReadOnlyList<NewEvent> Events => _events;

    public TicketStreamBuilder Created(Instant at, string? queue = "billing", Priority priority = Priority.P1, Channel channel = Channel.Email, string subject = "Refund for invoice INV-2041")
        => Add(at, Actor.Customer("cust-1"), new TicketCreated { Subject = subject, Channel = channel, Priority = priority, Tier = CustomerTier.Premium, RequesterId = "cust-1", Queue = queue, Tags = ["billing"] });

    public TicketStreamBuilder CustomerMessage(Instant at, string body)
        => Add(at, Actor.Customer("cust-1"), new CustomerMessage { MessageId = $"m{_version + 1}", AuthorId = "cust-1", Body = body, Channel = Channel.Email });

    public TicketStreamBuilder Reply(Instant at, string body = "We are on it.")
        => Add(at, Actor.Agent("agent-1"), new AgentPublicReply { MessageId = $"r{_version + 1}", AuthorId = "agent-1", Body = body, Channel = Channel.Email });

    public TicketStreamBuilder Status(Instant at, TicketStatus to)
        => Add(at, Actor.Agent("agent-1"), new StatusChanged { To = to });

    public TicketStreamBuilder Assign(Instant at, string? agent)
        => Add(at, Actor.System("router"), new AssigneeChanged { To = agent });

    public TicketStreamBuilder Queue(Instant at, string queue)
        => Add(at, Actor.System("router"), new QueueChanged { To = queue });

    public TicketStreamBuilder Escalate(Instant at)
        => Add(at, Actor.Agent("agent-1"), new Escalated { Reason = "customer asked for a manager" });

    public TicketStreamBuilder Add(Instant at, Actor actor, TicketEvent e)
    {
        _version++;
        _events.Add(new NewEvent { Event = e, OccurredAt = at, Actor = actor, Source = EventSource.Api, DedupeKey = $"{TicketId}:{_version}" });
        return this;
    }

    /// <summary>The events as stored envelopes (versions from 1, recorded at their occurrence).</summary>
    public ImmutableArray<EventEnvelope> Envelopes() => [.. _events.Select((e, i) => new EventEnvelope
    {
        EventId = $"{TicketId}:{i + 1}",
        TicketId = TicketId,
        Version = i + 1,
        OccurredAt = e.OccurredAt,
        RecordedAt = e.OccurredAt,
        Actor = e.Actor,
        Source = e.Source,
        DedupeKey = e.DedupeKey,
        SchemaVersion = TicketEventCatalog.CurrentSchemaVersion(e.Event.Kind),
        Event = e.Event,
    })];

    /// <summary>An append of events [from, to) with the expected version before them.</summary>
    public AppendRequest Append(int from, int to) => new(TicketId, ExpectedVersion.Exactly(from), _events.Skip(from).Take(to - from));
}
