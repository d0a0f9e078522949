using NodaTime;
using SupportOps.CommandCenter.Domain;
using SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Tests.Inbox;

public sealed class TicketStateCalculatorWaitingSinceTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 10, 14, 0);

    [Fact]
    public void WaitingSince_NoReplyYet_IsTheCreation()
    {
        var events = Stream(Created(0), Customer(5), Customer(9));

        Assert.Equal(T0, TicketStateCalculator.WaitingSince(events, TicketStatus.New));
    }

    [Fact]
    public void WaitingSince_CustomerWroteAfterOurReply_IsTheirFirstMessageSinceThen()
    {
        var events = Stream(Created(0), Agent(10), Customer(20), Customer(30));

        Assert.Equal(T0.Plus(Duration.FromMinutes(20)), TicketStateCalculator.WaitingSince(events, TicketStatus.Open));
    }

    [Fact]
    public void WaitingSince_OurReplyIsTheLastPublicWord_IsNull()
    {
        var events = Stream(Created(0), Customer(5), Agent(10));

        Assert.Null(TicketStateCalculator.WaitingSince(events, TicketStatus.Open));
    }

    [Theory]
    [InlineData(TicketStatus.PendingCustomer)]
    [InlineData(TicketStatus.Solved)]
    [InlineData(TicketStatus.Closed)]
    public void WaitingSince_StatusWaitingOnNobodyAtTheDesk_IsNull(TicketStatus status)
    {
        Assert.Null(TicketStateCalculator.WaitingSince(Stream(Created(0), Customer(5)), status));
    }

    [Fact]
    public void WaitingSince_OnHold_StillCountsTheCustomersWait()
    {
        Assert.Equal(T0, TicketStateCalculator.WaitingSince(Stream(Created(0)), TicketStatus.OnHold));
    }

    private static (TicketEvent Event, int Minutes) Created(int minutes)
        => (new TicketCreated { Subject = "S", Channel = Channel.Email, Priority = Priority.P2, Tier = CustomerTier.Standard, RequesterId = "c" }, minutes);

    private static (TicketEvent Event, int Minutes) Customer(int minutes)
        => (new CustomerMessage { MessageId = $"m{minutes}", AuthorId = "c", Body = "?", Channel = Channel.Email }, minutes);

    private static (TicketEvent Event, int Minutes) Agent(int minutes)
        => (new AgentPublicReply { MessageId = $"r{minutes}", AuthorId = "a", Body = "!", Channel = Channel.Email }, minutes);

    private static List<EventEnvelope> Stream(params (TicketEvent Event, int Minutes)[] events)
        => [.. events.Select((e, i) => new EventEnvelope
        {
            EventId = $"T:{i + 1}",
            TicketId = "T",
            Version = i + 1,
            OccurredAt = T0.Plus(Duration.FromMinutes(e.Minutes)),
            RecordedAt = T0.Plus(Duration.FromMinutes(e.Minutes)),
            Actor = Actor.Customer("c"),
            Source = EventSource.Api,
            DedupeKey = $"k{i}",
            SchemaVersion = 1,
            Event = e.Event,
        })];
}
