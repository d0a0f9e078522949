using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Testing;

/// <summary>
/// Builds one ticket's event stream (versions 1, 2, 3 ...) for tests, with instants given as UTC text
/// such as <c>2026-11-30 09:00</c> (a Monday).
/// </summary>
internal sealed class TicketStream
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");
    private readonly ImmutableArray<EventEnvelope>.Builder _events = ImmutableArray.CreateBuilder<EventEnvelope>();

    public TicketStream(
        string ticketId,
        string createdAt,
        Priority priority = Priority.P2,
        Channel channel = Channel.Email,
        string? queue = "support",
        CustomerTier tier = CustomerTier.Standard,
        params string[] tags)
    {
        TicketId = ticketId;
        Add(At(createdAt), new TicketCreated
        {
            Subject = "Subject of " + ticketId,
            Channel = channel,
            Priority = priority,
            Tier = tier,
            RequesterId = "customer-" + ticketId,
            Queue = queue,
            Tags = [.. tags],
        }, Actor.Customer("customer-" + ticketId));
    }

    public string TicketId { get; }

    public ImmutableArray<EventEnvelope> Events => _events.ToImmutable();

    public static Instant At(string utc) => Pattern.Parse(utc).Value.InUtc().ToInstant();

    public TicketStream Customer(string at) =>
        Add(At(at), new CustomerMessage { MessageId = "m" + (_events.Count + 1), AuthorId = "customer-" + TicketId, Body = "Help", Channel = Channel.Email }, Actor.Customer("customer-" + TicketId));

    public TicketStream Reply(string at, string agent = "agent-1") =>
        Add(At(at), new AgentPublicReply { MessageId = "m" + (_events.Count + 1), AuthorId = agent, Body = "On it", Channel = Channel.Email }, Actor.Agent(agent));

    public TicketStream Note(string at, string agent = "agent-1") =>
        Add(At(at), new InternalNote { MessageId = "m" + (_events.Count + 1), AuthorId = agent, Body = "Note" }, Actor.Agent(agent));

    public TicketStream Status(string at, TicketStatus to) =>
        Add(At(at), new StatusChanged { To = to }, Actor.System("workflow"));

    public TicketStream Solve(string at) => Status(at, TicketStatus.Solved);

    public TicketStream Reopen(string at) => Status(at, TicketStatus.Open);

    public TicketStream PriorityTo(string at, Priority to) =>
        Add(At(at), new PriorityChanged { To = to }, Actor.System("workflow"));

    public TicketStream Assign(string at, string? agent) =>
        Add(At(at), new AssigneeChanged { From = CurrentAssignee, To = agent }, Actor.System("router"));

    public TicketStream Queue(string at, string queue) =>
        Add(At(at), new QueueChanged { To = queue }, Actor.System("router"));

    public TicketStream Escalate(string at) =>
        Add(At(at), new Escalated { Reason = "Needs tier 2" }, Actor.Agent("agent-1"));

    public TicketStream Tier(string at, CustomerTier to) =>
        Add(At(at), new CustomerTierChanged { To = to }, Actor.System("crm"));

    private string? CurrentAssignee { get; set; }


    private TicketStream Add(Instant at, TicketEvent e, Actor actor)
    {
        if (e is AssigneeChanged assigned)
        {
            CurrentAssignee = assigned.To;
        }

        var version = _events.Count + 1L;
        _events.Add(new EventEnvelope
        {
            EventId = TicketId + ":" + version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            TicketId = TicketId,
            Version = version,
            OccurredAt = at,
            RecordedAt = at,
            Actor = actor,
            Source = EventSource.Api,
            DedupeKey = "test:" + TicketId + ":" + version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SchemaVersion = TicketEventCatalog.CurrentSchemaVersion(e.Kind),
            Event = e,
        });
        return this;
    }
}
