using NodaTime;
using SupportOps.Analytics.Inputs;
using SupportOps.Analytics.Tests.Support;
using SupportOps.EventTimeline.Events;
using SupportOps.Testing;

namespace SupportOps.Analytics.Tests;

public sealed partial class SupportAnalyticsTests
{
    [Fact]
    public void Compute_AssignedTickets_GiveOpenLoadUtilizationAndPending()
    {
        var tickets = Fixtures.Histories(
            new TicketStream("A", "2026-11-30 09:00", channel: Channel.Email).Assign("2026-11-30 09:00", "a1"),
            new TicketStream("B", "2026-11-30 09:00", channel: Channel.Chat).Assign("2026-11-30 09:00", "a1").Status("2026-11-30 10:00", TicketStatus.PendingCustomer),
            new TicketStream("C", "2026-11-30 09:00").Assign("2026-11-30 09:00", "a1").Solve("2026-11-30 10:00"),
            new TicketStream("D", "2026-11-30 09:00").Assign("2026-11-30 09:00", "a2"));
        AgentCapacity[] capacities = [new("a1", 4, new Dictionary<Channel, int> { [Channel.Chat] = 2 }), new("a3", 3)];

        var sut = SupportAnalytics.Compute(tickets, Fixtures.Week, Fixtures.WeekEnd, capacities);

        Assert.Equal(["a1", "a2", "a3"], sut.Workload.Select(w => w.AgentId));
        var a1 = sut.Workload[0];
        Assert.Equal(2, a1.OpenAssigned);
        Assert.Equal(1, a1.PendingOnCustomer);
        Assert.Equal(0.5, a1.Utilization);
        Assert.Equal(0.5, a1.UtilizationByChannel[Channel.Chat]);
        Assert.Equal(1, a1.Solves);
        Assert.Null(sut.Workload[1].Utilization);
        Assert.Equal(0, sut.Workload[2].OpenAssigned);
        Assert.Equal(0.0, sut.Workload[2].Utilization);
    }

    [Fact]
    public void Compute_Occupancy_IsBusinessTimeWithAnActiveTicketOverShiftTime()
    {
        // a1 is busy Monday 09:00-13:00 with two overlapping tickets (4 h of 40 shift hours) and not while the ticket is pending.
        var tickets = Fixtures.Histories(
            new TicketStream("A", "2026-11-30 09:00").Assign("2026-11-30 09:00", "a1").Status("2026-11-30 12:00", TicketStatus.PendingCustomer),
            new TicketStream("B", "2026-11-30 10:00").Assign("2026-11-30 10:00", "a1").Solve("2026-11-30 13:00"));

        var sut = SupportAnalytics.Compute(tickets, Fixtures.Week, Fixtures.WeekEnd);

        var a1 = Assert.Single(sut.Workload);
        Assert.Equal(40, a1.ShiftHours);
        Assert.Equal(0.1, a1.Occupancy!.Value, 9);
    }

    [Fact]
    public void Compute_OccupancyStretchEnds_AreRoundedToTheNearestMinute()
    {
        // 09:00:20 rounds to 09:00 and 10:00:40 to 10:01: 61 busy minutes of 40 shift hours.
        var created = TicketStream.At("2026-11-30 09:00") + Duration.FromSeconds(20);
        var solved = TicketStream.At("2026-11-30 10:00") + Duration.FromSeconds(40);
        var events = new TicketStream("A", "2026-11-30 09:00").Assign("2026-11-30 09:00", "a1").Solve("2026-11-30 10:00").Events
            .Select(e => e.Version == 3 ? e with { OccurredAt = solved } : e with { OccurredAt = created })
            .ToList();

        var sut = SupportAnalytics.Compute([new TicketHistory(events)], Fixtures.Week, Fixtures.WeekEnd);

        Assert.Equal(61.0 / (40 * 60), Assert.Single(sut.Workload).Occupancy!.Value, 9);
    }

    [Fact]
    public void Compute_ReassignedWhilePaused_MovesLoadAndCountsOneReassignment()
    {
        var tickets = Fixtures.Histories(
            new TicketStream("A", "2026-11-30 09:00")
                .Assign("2026-11-30 09:00", "a1")
                .Status("2026-11-30 10:00", TicketStatus.PendingCustomer)
                .Assign("2026-11-30 11:00", "a2")
                .Customer("2026-11-30 13:00")
                .Status("2026-11-30 13:00", TicketStatus.Open)
                .Solve("2026-11-30 15:00"));
        AgentCapacity[] capacities = [new("a1", 5, shift: Fixtures.Calendar), new("a2", 5)];

        var sut = SupportAnalytics.Compute(tickets, Fixtures.Week, Fixtures.WeekEnd, capacities);

        Assert.Equal(1, sut.Reassignments);
        Assert.Equal(1.0 / 40, sut.Workload[0].Occupancy!.Value, 9);
        Assert.Equal(2.0 / 40, sut.Workload[1].Occupancy!.Value, 9);
        Assert.Equal(0, sut.Workload[0].Solves);
        Assert.Equal(1, sut.Workload[1].Solves);
    }

    [Fact]
    public void Compute_Replies_AreCountedPerAuthorAndBusinessHour()
    {
        var tickets = Fixtures.Histories(
            new TicketStream("A", "2026-11-30 09:00").Reply("2026-11-30 09:10", "a1").Reply("2026-11-30 09:20", "a1").Reply("2026-11-30 09:30", "a2"));

        var sut = SupportAnalytics.Compute(tickets, Fixtures.Week, Fixtures.WeekEnd);

        Assert.Equal(3, sut.AgentReplies);
        Assert.Equal(2, sut.Workload[0].Replies);
        Assert.Equal(2.0 / 40, sut.Workload[0].RepliesPerBusinessHour!.Value, 9);
        Assert.Null(sut.Workload[0].SolvesPerBusinessHour is 0 ? null : sut.Workload[0].SolvesPerBusinessHour);
    }

    [Fact]
    public void Compute_HistoryWithoutItsCreation_CountsNoLoadOrVolume()
    {
        var partial = new TicketStream("A", "2026-11-30 09:00").Assign("2026-11-30 09:00", "a1").Reply("2026-11-30 10:00", "a1").Events.RemoveAt(0);

        var sut = SupportAnalytics.Compute([new TicketHistory(partial)], Fixtures.Week, Fixtures.WeekEnd);

        Assert.Equal(0, sut.TicketsCreated);
        Assert.Equal(0, sut.Backlog.OpenAtEnd);
        Assert.Empty(sut.Workload);
        Assert.Equal(0, sut.AgentReplies);
    }

    [Fact]
    public void AgentCapacity_NegativeLimit_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AgentCapacity("a1", -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AgentCapacity("a1", 1, new Dictionary<Channel, int> { [Channel.Chat] = -2 }));
        Assert.Throws<ArgumentException>(() => new AgentCapacity(string.Empty, 1));
    }
}
