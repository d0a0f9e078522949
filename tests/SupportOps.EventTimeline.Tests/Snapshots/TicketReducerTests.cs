using NodaTime;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Snapshots;
using SupportOps.EventTimeline.Tests.Support;

namespace SupportOps.EventTimeline.Tests.Snapshots;

public sealed partial class TicketReducerTests
{
    [Fact]
    public void Rebuild_CreatedThenConversation_FillsTheSnapshot()
    {
        var stream = Samples.Stream("T-1",
            Samples.Created(),
            Samples.CustomerMessage(),
            Samples.Reply(),
            Samples.CustomerMessage("Still smoking"),
            Samples.Reply("Facilities are coming"),
            new InternalNote { MessageId = "n", AuthorId = "agent-7", Body = "fyi" });

        var sut = TicketReducer.Rebuild("T-1", stream);

        Assert.Equal(6, sut.Version);
        Assert.Equal("Printer on fire", sut.Subject);
        Assert.Equal(Channel.Email, sut.Channel);
        Assert.Equal(Priority.P1, sut.Priority);
        Assert.Equal(CustomerTier.Premium, sut.Tier);
        Assert.Equal("cust-42", sut.RequesterId);
        Assert.Equal("support-l1", sut.Queue);
        Assert.Equal(["hardware", "urgent"], sut.Tags);
        Assert.Equal(stream[0].OccurredAt, sut.CreatedAt);
        Assert.Equal(stream[1].OccurredAt, sut.FirstCustomerMessageAt);
        Assert.Equal(stream[3].OccurredAt, sut.LastCustomerMessageAt);
        Assert.Equal(stream[2].OccurredAt, sut.FirstAgentReplyAt);
        Assert.Equal(stream[4].OccurredAt, sut.LastAgentReplyAt);
        Assert.Equal(stream[5].OccurredAt, sut.UpdatedAt);
        Assert.Equal((2, 2, 1), (sut.CustomerMessageCount, sut.AgentReplyCount, sut.InternalNoteCount));
        Assert.Equal(TicketStatus.New, sut.Status);
    }

    [Fact]
    public void Apply_SolveReopenSolveClose_CountsReopenAndTracksSolvedAt()
    {
        var stream = Samples.Stream("T-1",
            Samples.Created(),
            new StatusChanged { To = TicketStatus.Open },
            new StatusChanged { To = TicketStatus.Solved },
            new StatusChanged { To = TicketStatus.Open },
            new StatusChanged { To = TicketStatus.Solved },
            new StatusChanged { To = TicketStatus.Closed });

        var afterReopen = TicketReducer.Rebuild("T-1", stream, upToVersion: 4);
        var sut = TicketReducer.Rebuild("T-1", stream);

        Assert.Null(afterReopen.SolvedAt);
        Assert.Equal(1, afterReopen.ReopenCount);
        Assert.Equal(TicketStatus.Closed, sut.Status);
        Assert.Equal(stream[4].OccurredAt, sut.SolvedAt);
        Assert.Equal(1, sut.ReopenCount);
    }

    [Fact]
    public void Apply_ClosedWithoutSolving_SetsSolvedAtWhenClosed()
    {
        var stream = Samples.Stream("T-1", Samples.Created(), new StatusChanged { To = TicketStatus.Closed });

        var sut = TicketReducer.Rebuild("T-1", stream);

        Assert.Equal(stream[1].OccurredAt, sut.SolvedAt);
    }

    [Fact]
    public void Apply_AssigneeChanges_CountOnlyMovesBetweenTwoAssignees()
    {
        var stream = Samples.Stream("T-1",
            new AssigneeChanged { To = "a" },
            new AssigneeChanged { From = "a", To = "b" },
            new AssigneeChanged { From = "b", To = "b" },
            new AssigneeChanged { From = "b", To = null },
            new AssigneeChanged { To = "c" },
            new AssigneeChanged { From = "c", To = "a" });

        var sut = TicketReducer.Rebuild("T-1", stream);

        Assert.Equal("a", sut.Assignee);
        Assert.Equal(2, sut.ReassignmentCount);
    }

    [Fact]
    public void Apply_TagsChanged_AddsThenRemovesAndKeepsOrdinalOrder()
    {
        var stream = Samples.Stream("T-1",
            Samples.Created(),
            new TagsChanged { Added = ["b", "Z", "a"], Removed = ["urgent"] },
            new TagsChanged { Added = ["x"], Removed = ["x", "missing"] });

        var sut = TicketReducer.Rebuild("T-1", stream);

        Assert.Equal(["Z", "a", "b", "hardware"], sut.Tags);
    }

    [Fact]
    public void Apply_RoutingEvents_TrackDecisionAndOnlyClearTheMatchingOverride()
    {
        var decided = new RoutingDecided { DecisionId = "d", PolicyVersion = "1", TargetKind = RoutingTargetKind.Queue, TargetId = "q", InputsHash = "h" };
        var applied = new RoutingOverrideApplied { OverrideId = "o-1", TargetKind = RoutingTargetKind.Agent, TargetId = "a", Reason = "r", AppliedBy = "lead" };
        var stream = Samples.Stream("T-1", decided, applied, new RoutingOverrideCleared { OverrideId = "o-other" });

        var pinned = TicketReducer.Rebuild("T-1", stream);
        var cleared = TicketReducer.Apply(pinned, Samples.Envelope(new RoutingOverrideCleared { OverrideId = "o-1" }, version: 4));

        Assert.Same(decided, pinned.LastRoutingDecision);
        Assert.Same(applied, pinned.ActiveOverride);
        Assert.Null(cleared.ActiveOverride);
    }

    [Fact]
    public void Apply_OtherEvents_UpdateTheirFields()
    {
        var summary = new SummaryGenerated { SummaryVersion = 2, InputsHash = "h", Provider = "p", Model = "m", Text = "t" };
        var stream = Samples.Stream("T-2",
            new PriorityChanged { To = Priority.P0 },
            new QueueChanged { To = "billing" },
            new CustomerTierChanged { To = CustomerTier.Enterprise },
            new Escalated { Reason = "r" },
            new Escalated { Reason = "r2" },
            new SlaWarning { TimerKind = SlaTimerKind.FirstResponse, Cycle = 1, DueAt = Samples.T0, Threshold = Duration.FromMinutes(5) },
            new SlaBreached { TimerKind = SlaTimerKind.FirstResponse, Cycle = 1, DueAt = Samples.T0 },
            summary,
            new Merged { IntoTicketId = "T-1", FromTicketId = "T-2" });

        var sut = TicketReducer.Rebuild("T-2", stream);

        Assert.Equal(Priority.P0, sut.Priority);
        Assert.Equal("billing", sut.Queue);
        Assert.Equal(CustomerTier.Enterprise, sut.Tier);
        Assert.Equal(2, sut.EscalationCount);
        Assert.Equal(1, sut.SlaBreachCount);
        Assert.Same(summary, sut.LastSummary);
        Assert.Equal("T-1", sut.MergedInto);
    }

    [Fact]
    public void Apply_MergedIntoThisTicket_DoesNotMarkItMerged()
    {
        var sut = TicketReducer.Rebuild("T-1", Samples.Stream("T-1", new Merged { IntoTicketId = "T-1", FromTicketId = "T-2" }));

        Assert.Null(sut.MergedInto);
    }

    [Fact]
    public void Apply_DoesNotChangeTheInputSnapshot()
    {
        var before = TicketReducer.Rebuild("T-1", Samples.Stream("T-1", Samples.Created()));
        var copy = before with { };

        _ = TicketReducer.Apply(before, Samples.Envelope(new TagsChanged { Added = ["new"] }, version: 2));

        Assert.Equal(copy, before);
        Assert.DoesNotContain("new", before.Tags);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Apply_VersionGapOrRepeat_Throws(long version)
    {
        var state = TicketReducer.Rebuild("T-1", Samples.Stream("T-1", Samples.Created()));

        var error = Assert.Throws<ArgumentException>(() => TicketReducer.Apply(state, Samples.Envelope(Samples.Reply(), version)));

        Assert.Contains("next event must have version 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_EventOfAnotherTicket_Throws()
    {
        var state = TicketSnapshot.Empty("T-1");

        Assert.Throws<ArgumentException>(() => TicketReducer.Apply(state, Samples.Envelope(Samples.Created(), ticketId: "T-2")));
    }

    [Fact]
    public void Empty_HasDocumentedDefaults()
    {
        var sut = TicketSnapshot.Empty("T-1");

        Assert.Equal((0L, TicketStatus.New, Priority.P2, CustomerTier.Standard), (sut.Version, sut.Status, sut.Priority, sut.Tier));
        Assert.Empty(sut.Tags);
        Assert.Null(sut.CreatedAt);
        Assert.Throws<ArgumentException>(() => TicketSnapshot.Empty(""));
    }

    [Fact]
    public void Equals_TagsWithSameMembers_AreEqual()
    {
        var left = TicketSnapshot.Empty("T-1") with { Tags = [.. new[] { "a", "b" }] };
        var right = TicketSnapshot.Empty("T-1") with { Tags = System.Collections.Immutable.ImmutableSortedSet.Create("b", "a") };

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, right with { Tags = [.. new[] { "a" }] });
    }
}
