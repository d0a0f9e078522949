using NodaTime;
using SupportOps.CommandCenter.Domain;
using SupportOps.EventTimeline.Events;
using Sla = SupportOps.SlaEngine.Occurrences;

namespace SupportOps.CommandCenter.Tests.Domain;

public sealed class TimelineSlaMapperTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 10, 14, 0);

    [Fact]
    public void Map_Lifecycle_MapsEachEventWithAnSlaMeaning()
    {
        var sut = TimelineSlaMapper.Map(Stream(
            (0, Created()),
            (1, new CustomerMessage { MessageId = "m", AuthorId = "c", Body = "b", Channel = Channel.Chat }),
            (2, new AssigneeChanged { To = "agent-1" }),
            (3, new AgentPublicReply { MessageId = "r", AuthorId = "a", Body = "b", Channel = Channel.Chat }),
            (4, new InternalNote { MessageId = "n", AuthorId = "a", Body = "b" }),
            (5, new PriorityChanged { To = Priority.P0 }),
            (6, new StatusChanged { To = TicketStatus.PendingCustomer })));

        AssertCreated(T0, sut[0]);
        Assert.Equal(
            [
                new Sla.CustomerMessageReceived(At(1)),
                new Sla.AgentReplied(At(3)),
                new Sla.InternalNoteAdded(At(4)),
                new Sla.PriorityChanged(At(5), Sla.Priority.P0),
                new Sla.StatusChanged(At(6), Sla.TicketStatus.PendingCustomer),
            ],
            sut.Skip(1));
    }

    [Fact]
    public void Map_EventsBeforeCreation_AreIgnored()
    {
        var sut = TimelineSlaMapper.Map(Stream((0, new PriorityChanged { To = Priority.P0 }), (1, Created())));

        AssertCreated(At(1), Assert.Single(sut));
    }

    [Fact]
    public void Map_NoCreation_IsEmpty()
    {
        Assert.Empty(TimelineSlaMapper.Map(Stream((0, new StatusChanged { To = TicketStatus.Open }))));
    }

    [Fact]
    public void Map_LateEvent_CountsAtThePreviousInstant()
    {
        var sut = TimelineSlaMapper.Map(Stream((10, Created()), (5, new AgentPublicReply { MessageId = "r", AuthorId = "a", Body = "b", Channel = Channel.Chat })));

        Assert.Equal(new Sla.AgentReplied(At(10)), sut[1]);
    }

    [Fact]
    public void Map_StatusChangesAfterClosed_AreIgnored()
    {
        var sut = TimelineSlaMapper.Map(Stream(
            (0, Created()),
            (1, new StatusChanged { To = TicketStatus.Closed }),
            (2, new StatusChanged { To = TicketStatus.Open }),
            (3, Created())));

        Assert.Equal(2, sut.Length);
        Assert.Equal(new Sla.StatusChanged(At(1), Sla.TicketStatus.Closed), sut[1]);
    }

    private static void AssertCreated(Instant at, Sla.TicketOccurrence occurrence)
    {
        var created = Assert.IsType<Sla.TicketCreated>(occurrence);
        Assert.Equal((at, Sla.Priority.P2, Sla.CustomerTier.Enterprise, Sla.Channel.Chat), (created.At, created.Priority, created.Tier, created.Channel));
        Assert.Equal(new[] { "vip" }, created.Tags.ToArray());
    }

    private static TicketCreated Created()
        => new() { Subject = "s", Channel = Channel.Chat, Priority = Priority.P2, Tier = CustomerTier.Enterprise, RequesterId = "c", Tags = ["vip"] };

    private static Instant At(int minutes) => T0.Plus(Duration.FromMinutes(minutes));

    private static List<EventEnvelope> Stream(params (int Minutes, TicketEvent Event)[] events)
        => [.. events.Select((e, i) => new EventEnvelope
        {
            EventId = $"T-1:{i + 1}",
            TicketId = "T-1",
            Version = i + 1,
            OccurredAt = At(e.Minutes),
            RecordedAt = At(e.Minutes),
            Actor = Actor.System("test"),
            Source = EventSource.Api,
            DedupeKey = $"k{i}",
            SchemaVersion = TicketEventCatalog.CurrentSchemaVersion(e.Event.Kind),
            Event = e.Event,
        })];
}
