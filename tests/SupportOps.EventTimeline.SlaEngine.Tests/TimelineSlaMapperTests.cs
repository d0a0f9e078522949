using NodaTime;
using SupportOps.EventTimeline.Events;
using SupportOps.Testing;
using Occ = SupportOps.SlaEngine.Occurrences;

namespace SupportOps.EventTimeline.SlaEngine.Tests;

public sealed partial class TimelineSlaMapperTests
{
    private static Instant At(string utc) => TicketStream.At(utc);

    [Fact]
    public void ToOccurrences_EveryMappedKind_YieldsMatchingOccurrencesInOrder()
    {
        var events = new TicketStream("T-1", "2026-11-30 09:00", Priority.P1, Channel.Chat, tags: ["vip"])
            .Customer("2026-11-30 09:05")
            .Reply("2026-11-30 09:10")
            .Note("2026-11-30 09:11")
            .Status("2026-11-30 09:12", TicketStatus.PendingCustomer)
            .PriorityTo("2026-11-30 09:13", Priority.P0)
            .Solve("2026-11-30 09:20")
            .Reopen("2026-11-30 10:00")
            .Events;

        var sut = TimelineSlaMapper.ToOccurrences(events);

        Assert.Equal<Occ.TicketOccurrence>(
            [
                new Occ.TicketCreated(At("2026-11-30 09:00"), Occ.Priority.P1, Occ.CustomerTier.Standard, Occ.Channel.Chat, ["vip"]),
                new Occ.CustomerMessageReceived(At("2026-11-30 09:05")),
                new Occ.AgentReplied(At("2026-11-30 09:10")),
                new Occ.InternalNoteAdded(At("2026-11-30 09:11")),
                new Occ.StatusChanged(At("2026-11-30 09:12"), Occ.TicketStatus.PendingCustomer),
                new Occ.PriorityChanged(At("2026-11-30 09:13"), Occ.Priority.P0),
                new Occ.StatusChanged(At("2026-11-30 09:20"), Occ.TicketStatus.Solved),
                new Occ.TicketReopened(At("2026-11-30 10:00")),
            ],
            sut.ToArray(),
            new OccurrenceComparer());
    }

    [Fact]
    public void ToOccurrences_EventsThatDoNotMoveTimers_AreSkipped()
    {
        var events = new TicketStream("T-1", "2026-11-30 09:00")
            .Assign("2026-11-30 09:01", "agent-1")
            .Queue("2026-11-30 09:02", "billing")
            .Escalate("2026-11-30 09:03")
            .Tier("2026-11-30 09:04", CustomerTier.Enterprise)
            .Status("2026-11-30 09:05", TicketStatus.New)
            .PriorityTo("2026-11-30 09:06", Priority.P2)
            .Events;

        var sut = TimelineSlaMapper.ToOccurrences(events);

        Assert.IsType<Occ.TicketCreated>(Assert.Single(sut));
    }

    [Fact]
    public void ToOccurrences_SolvedToPending_IsAStatusChangeNotAReopen()
    {
        var events = new TicketStream("T-1", "2026-11-30 09:00")
            .Solve("2026-11-30 10:00")
            .Status("2026-11-30 11:00", TicketStatus.PendingCustomer)
            .Events;

        var sut = TimelineSlaMapper.ToOccurrences(events);

        Assert.Equal(new Occ.StatusChanged(At("2026-11-30 11:00"), Occ.TicketStatus.PendingCustomer), sut[^1]);
    }

    [Fact]
    public void ToOccurrences_EventsAfterClosed_AreSkipped()
    {
        var events = new TicketStream("T-1", "2026-11-30 09:00")
            .Status("2026-11-30 10:00", TicketStatus.Closed)
            .Customer("2026-11-30 11:00")
            .Reopen("2026-11-30 12:00")
            .Events;

        var sut = TimelineSlaMapper.ToOccurrences(events);

        Assert.Equal(2, sut.Length);
        Assert.Equal(new Occ.StatusChanged(At("2026-11-30 10:00"), Occ.TicketStatus.Closed), sut[^1]);
    }

    [Fact]
    public void ToOccurrences_EventEarlierThanThePreviousOne_IsClampedToIt()
    {
        var events = new TicketStream("T-1", "2026-11-30 09:00")
            .Customer("2026-11-30 09:30")
            .Reply("2026-11-30 09:20")
            .Events;

        var sut = TimelineSlaMapper.ToOccurrences(events);

        Assert.Equal(new Occ.AgentReplied(At("2026-11-30 09:30")), sut[^1]);
    }

    [Fact]
    public void ToOccurrences_AsOf_LeavesOutLaterEvents()
    {
        var events = new TicketStream("T-1", "2026-11-30 09:00")
            .Customer("2026-11-30 09:30")
            .Reply("2026-11-30 10:30")
            .Events;

        var sut = TimelineSlaMapper.ToOccurrences(events, At("2026-11-30 10:00"));

        Assert.Equal(2, sut.Length);
    }

    [Fact]
    public void ToOccurrences_TicketCreatedAfterAsOf_IsEmpty()
    {
        var events = new TicketStream("T-1", "2026-11-30 09:00").Events;

        var sut = TimelineSlaMapper.ToOccurrences(events, At("2026-11-30 08:00"));

        Assert.Empty(sut);
    }

    [Fact]
    public void ToOccurrences_StreamNotStartingWithCreated_Throws()
    {
        var events = new TicketStream("T-1", "2026-11-30 09:00").Customer("2026-11-30 09:30").Events;

        var ex = Assert.Throws<ArgumentException>(() => TimelineSlaMapper.ToOccurrences(events.RemoveAt(0)));

        Assert.Contains("customer_message", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToOccurrences_Empty_Throws()
    {
        Assert.Throws<ArgumentException>(() => TimelineSlaMapper.ToOccurrences([]));
    }

    [Fact]
    public void ToOccurrences_TwoTickets_Throws()
    {
        var first = new TicketStream("T-1", "2026-11-30 09:00").Events;
        var second = new TicketStream("T-2", "2026-11-30 09:00").Customer("2026-11-30 09:30").Events;

        var ex = Assert.Throws<ArgumentException>(() => TimelineSlaMapper.ToOccurrences([first[0], second[1]]));

        Assert.Contains("'T-2'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToOccurrences_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => TimelineSlaMapper.ToOccurrences(null!));
    }

    /// <summary>Compares occurrences by value, tags included (ImmutableArray compares by reference).</summary>
    private sealed class OccurrenceComparer : IEqualityComparer<Occ.TicketOccurrence>
    {
        public bool Equals(Occ.TicketOccurrence? x, Occ.TicketOccurrence? y) =>
            x is Occ.TicketCreated a && y is Occ.TicketCreated b
                ? a.At == b.At && a.Priority == b.Priority && a.Tier == b.Tier && a.Channel == b.Channel && a.Tags.SequenceEqual(b.Tags)
                : EqualityComparer<Occ.TicketOccurrence>.Default.Equals(x, y);

        public int GetHashCode(Occ.TicketOccurrence obj) => obj.At.GetHashCode();
    }
}
