using NodaTime;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Timers;
using static SupportOps.SlaEngine.Tests.Support.SlaFixtures;

namespace SupportOps.SlaEngine.Tests.Evaluation;

public sealed partial class SlaEvaluatorTests
{
    [Fact]
    public void Evaluate_CustomerMessageBeforeAnyAgentReply_NoNextResponseCycle()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(Ticket(Created("2026-11-30 09:00"), Customer("2026-11-30 09:30")), Ny("2026-11-30 10:00"));

        Assert.Empty(state.Timer(SlaTimerKind.NextResponse)!.Cycles);
    }

    [Fact]
    public void Evaluate_CustomerMessagesAfterAgentReply_NextResponseStartsAtOldestUnanswered()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(
            Ticket(Created("2026-11-30 09:00"), Reply("2026-11-30 10:00"), Customer("2026-11-30 11:00"), Customer("2026-11-30 12:00")),
            Ny("2026-11-30 13:00"));

        var cycle = Assert.Single(state.Timer(SlaTimerKind.NextResponse)!.Cycles);
        Assert.Equal(Ny("2026-11-30 11:00"), cycle.Start);
        Assert.Equal(Ny("2026-11-30 15:00"), cycle.Due);
        Assert.Equal(Duration.FromHours(2), cycle.Elapsed);
        var warning = Assert.Single(cycle.Warnings);
        Assert.Equal(SlaWarningThreshold.PercentElapsed(50), warning.Threshold);
        Assert.Equal(Ny("2026-11-30 13:00"), warning.ReachedAt);
        Assert.Equal("warning", cycle.StateText());
    }

    [Fact]
    public void Evaluate_NextAgentReply_FulfilsNextResponseAndNextMessageStartsCycleTwo()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(
            Ticket(
                Created("2026-11-30 09:00"),
                Reply("2026-11-30 09:30"),
                Customer("2026-11-30 10:00"),
                Reply("2026-11-30 11:00"),
                Customer("2026-11-30 14:00")),
            Ny("2026-11-30 15:00"));

        var timer = state.Timer(SlaTimerKind.NextResponse)!;
        Assert.Equal(2, timer.Cycles.Length);
        Assert.Equal(SlaCycleStatus.Fulfilled, timer.Cycles[0].Status);
        Assert.Equal(Ny("2026-11-30 11:00"), timer.Cycles[0].FulfilledAt);
        Assert.Equal(2, timer.Cycles[1].Number);
        Assert.Equal(Ny("2026-11-30 14:00"), timer.Cycles[1].Start);
        Assert.Equal(SlaCycleStatus.Running, timer.Cycles[1].Status);
    }

    [Fact]
    public void Evaluate_CustomerWritesWhilePendingCustomer_NextResponseWaitsUntilOpen()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(
            Ticket(
                Created("2026-11-30 09:00"),
                Reply("2026-11-30 10:00"),
                Status("2026-11-30 10:00", TicketStatus.PendingCustomer),
                Customer("2026-11-30 11:00"),
                Status("2026-11-30 12:00", TicketStatus.Open)),
            Ny("2026-11-30 13:00"));

        var cycle = Assert.Single(state.Timer(SlaTimerKind.NextResponse)!.Cycles);
        Assert.Equal(Ny("2026-11-30 11:00"), cycle.Start);
        Assert.Equal(Duration.FromHours(1), cycle.Elapsed);
        Assert.Equal(Ny("2026-11-30 16:00"), cycle.Due);
        Assert.Equal(Ny("2026-11-30 15:00"), cycle.OriginalDue);
        Assert.Equal(
            [SlaReasonKind.StartedAtCustomerMessage, SlaReasonKind.Paused, SlaReasonKind.Resumed],
            cycle.Reasons.Select(reason => reason.Kind));
    }

    [Fact]
    public void Evaluate_StillPendingCustomer_NextResponsePausedWithProjectedDue()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(
            Ticket(
                Created("2026-11-30 09:00"),
                Reply("2026-11-30 10:00"),
                Customer("2026-11-30 11:00"),
                Status("2026-11-30 12:00", TicketStatus.PendingCustomer)),
            Ny("2026-11-30 14:00"));

        var cycle = Assert.Single(state.Timer(SlaTimerKind.NextResponse)!.Cycles);
        Assert.Equal(SlaCycleStatus.Paused, cycle.Status);
        Assert.Equal(Ny("2026-11-30 12:00"), cycle.PausedAt);
        Assert.Equal(Duration.FromHours(1), cycle.Elapsed);
        Assert.Equal(Ny("2026-11-30 17:00"), cycle.Due);
        Assert.NotSame(cycle, state.SoonestDue);
    }

    [Fact]
    public void Evaluate_EachPublicAgentReply_StartsNewPeriodicUpdateCycle()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(
            Ticket(Created("2026-11-30 09:00"), Reply("2026-11-30 10:00"), Note("2026-11-30 10:30"), Reply("2026-11-30 11:00")),
            Ny("2026-11-30 11:30"));

        var timer = state.Timer(SlaTimerKind.PeriodicUpdate)!;
        Assert.Equal(2, timer.Cycles.Length);
        Assert.Equal(Ny("2026-11-30 10:00"), timer.Cycles[0].Start);
        Assert.Equal(Ny("2026-11-30 11:00"), timer.Cycles[0].FulfilledAt);
        Assert.Equal(SlaReasonKind.StartedAtAgentReply, timer.Cycles[1].Reasons[0].Kind);
        Assert.Equal(Ny("2026-11-30 13:00"), timer.Cycles[1].Due);
    }

    [Fact]
    public void Evaluate_PeriodicUpdateWhileOnHold_Paused()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(
            Ticket(Created("2026-11-30 09:00"), Reply("2026-11-30 10:00"), Status("2026-11-30 10:30", TicketStatus.OnHold)),
            Ny("2026-11-30 15:00"));

        var cycle = Cycle(state, SlaTimerKind.PeriodicUpdate);
        Assert.Equal(SlaCycleStatus.Paused, cycle.Status);
        Assert.Equal(Duration.FromMinutes(30), cycle.Elapsed);
        Assert.False(cycle.IsBreached);
    }
}
