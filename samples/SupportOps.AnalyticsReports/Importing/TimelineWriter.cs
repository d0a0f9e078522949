using System.Globalization;
using NodaTime;
using SupportOps.EventTimeline.Events;

namespace SupportOps.AnalyticsReports.Importing;

/// <summary>
/// Builds one ticket's timeline from imported rows: numbers the events 1, 2, 3 …, keeps the ticket's
/// status, assignee, queue and priority so that only real changes become events, and derives dedupe keys
/// from the source row so a re-import gives the same events.
/// </summary>
internal sealed class TimelineWriter
{
    private readonly List<EventEnvelope> _events = [];
    private readonly string _source;

    public TimelineWriter(string source, string ticketId)
    {
        _source = source;
        TicketId = ticketId;
    }

    public string TicketId { get; }

    public bool IsCreated => _events.Count > 0;

    public TicketStatus Status { get; private set; } = TicketStatus.New;

    public string? Assignee { get; private set; }

    public string? Queue { get; private set; }

    public Priority Priority { get; private set; } = Priority.P2;

    public IReadOnlyList<EventEnvelope> Events => _events;

    public void Create(Instant at, Actor actor, Priority priority, Channel channel, string? queue, string subject)
    {
        Priority = priority;
        Queue = queue;
        Add(at, actor, new TicketCreated
        {
            Subject = subject,
            Channel = channel,
            Priority = priority,
            Tier = CustomerTier.Standard,
            RequesterId = "requester-" + TicketId,
            Queue = queue,
        });
    }

    public void SetStatus(Instant at, Actor actor, TicketStatus to)
    {
        if (to != Status)
        {
            Add(at, actor, new StatusChanged { From = Status, To = to });
            Status = to;
        }
    }

    public void Assign(Instant at, Actor actor, string? agent)
    {
        if (!string.Equals(agent, Assignee, StringComparison.Ordinal))
        {
            Add(at, actor, new AssigneeChanged { From = Assignee, To = agent });
            Assignee = agent;
        }
    }

    public void MoveToQueue(Instant at, Actor actor, string queue)
    {
        if (!string.Equals(queue, Queue, StringComparison.Ordinal))
        {
            Add(at, actor, new QueueChanged { From = Queue, To = queue });
            Queue = queue;
        }
    }

    public void SetPriority(Instant at, Actor actor, Priority priority)
    {
        if (priority != Priority)
        {
            Add(at, actor, new PriorityChanged { From = Priority, To = priority });
            Priority = priority;
        }
    }

    public void Reply(Instant at, Actor actor, string body) =>
        Add(at, actor, new AgentPublicReply { MessageId = MessageId(), AuthorId = actor.Id, Body = body, Channel = Channel.Web });

    public void Note(Instant at, Actor actor, string body) =>
        Add(at, actor, new InternalNote { MessageId = MessageId(), AuthorId = actor.Id, Body = body });

    public void Escalate(Instant at, Actor actor, string reason, string? to) =>
        Add(at, actor, new Escalated { Reason = reason, EscalatedTo = to });

    private string MessageId() => TicketId + "-m" + (_events.Count + 1).ToString(CultureInfo.InvariantCulture);

    private void Add(Instant at, Actor actor, TicketEvent e)
    {
        var version = _events.Count + 1L;
        var key = _source + ":" + TicketId + ":" + version.ToString(CultureInfo.InvariantCulture);
        _events.Add(new EventEnvelope
        {
            EventId = key,
            TicketId = TicketId,
            Version = version,
            OccurredAt = at,
            RecordedAt = at,
            Actor = actor,
            Source = EventSource.Api,
            DedupeKey = key,
            SchemaVersion = TicketEventCatalog.CurrentSchemaVersion(e.Kind),
            Event = e,
        });
    }
}
