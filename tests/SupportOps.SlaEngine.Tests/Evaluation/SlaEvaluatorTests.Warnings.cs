using NodaTime;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Policies;
using SupportOps.SlaEngine.Timers;
using SupportOps.SlaEngine.Tests.Support;
using static SupportOps.SlaEngine.Tests.Support.SlaFixtures;

namespace SupportOps.SlaEngine.Tests.Evaluation;

public sealed partial class SlaEvaluatorTests
{
    [Fact]
    public void Evaluate_PastSeventyFivePercent_BothWarningsReachedAtExactInstants()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(Ticket(Created("2026-11-30 16:00", Priority.P1)), Ny("2026-12-01 09:40"));

        var cycle = Cycle(state, SlaTimerKind.FirstResponse);
        Assert.Equal(
            [new SlaWarning(SlaWarningThreshold.PercentElapsed(50), Ny("2026-11-30 17:00")), new SlaWarning(SlaWarningThreshold.PercentElapsed(75), Ny("2026-12-01 09:30"))],
            cycle.Warnings.ToArray());
        Assert.Equal("warning", cycle.StateText());
        Assert.False(cycle.IsBreached);
    }

    [Fact]
    public void Evaluate_WarnWhenRemaining_ReachedWhenThatMuchIsLeft()
    {
        var sut = Evaluator(Standard(policy => policy.FirstResponse(timer => timer.WarnWhenRemaining(Duration.FromMinutes(15)))));

        var state = sut.Evaluate(Ticket(Created("2026-11-30 09:00", Priority.P0)), Ny("2026-11-30 09:50"));

        var warning = Assert.Single(Cycle(state, SlaTimerKind.FirstResponse).Warnings);
        Assert.Equal(SlaWarningKind.TimeRemaining, warning.Threshold.Kind);
        Assert.Equal(Ny("2026-11-30 09:45"), warning.ReachedAt);
    }

    [Fact]
    public void Evaluate_RemainingThresholdReachedFirst_WarningsInTheOrderReached()
    {
        // First response P2 (4 h): 75 % is 3 h in, "3 h left" is 1 h in; configured in the other order.
        var sut = Evaluator(Standard(policy => policy.FirstResponse(timer => timer.WarnAt(75).WarnWhenRemaining(Duration.FromHours(3)))));

        var state = sut.Evaluate(Ticket(Created("2026-11-30 09:00")), Ny("2026-11-30 12:30"));

        Assert.Equal(
            [new SlaWarning(SlaWarningThreshold.TimeRemaining(Duration.FromHours(3)), Ny("2026-11-30 10:00")), new SlaWarning(SlaWarningThreshold.PercentElapsed(75), Ny("2026-11-30 12:00"))],
            Cycle(state, SlaTimerKind.FirstResponse).Warnings.ToArray());
    }

    [Fact]
    public void Evaluate_ThresholdsReachedAtTheSameInstant_KeepTheirConfiguredOrder()
    {
        // First response P2 (4 h): 50 % and "2 h left" are both reached 2 h in.
        var sut = Evaluator(Standard(policy => policy.FirstResponse(timer => timer.WarnWhenRemaining(Duration.FromHours(2)).WarnAt(50))));

        var state = sut.Evaluate(Ticket(Created("2026-11-30 09:00")), Ny("2026-11-30 11:30"));

        Assert.Equal(
            [new SlaWarning(SlaWarningThreshold.TimeRemaining(Duration.FromHours(2)), Ny("2026-11-30 11:00")), new SlaWarning(SlaWarningThreshold.PercentElapsed(50), Ny("2026-11-30 11:00"))],
            Cycle(state, SlaTimerKind.FirstResponse).Warnings.ToArray());
    }

    [Fact]
    public void Evaluate_HundredYearTarget_PercentWarningsComputed()
    {
        var sut = Evaluator(Standard(policy => policy.Resolution(timer => timer.Target(SlaTimerBuilder.MaxTarget).InCalendarTime())));

        var state = sut.Evaluate(Ticket(Created("2026-11-30 09:00")), Ny("2026-12-01 09:00"));

        var cycle = Cycle(state, SlaTimerKind.Resolution);
        Assert.Empty(cycle.Warnings);
        Assert.Equal(Ny("2026-11-30 09:00") + Duration.FromDays(36_525), cycle.Due);
    }

    [Fact]
    public void Evaluate_WarningsAcrossAPause_LocatedInTheRunningSegments()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(
            Ticket(
                Created("2026-11-30 09:00"),
                Status("2026-11-30 15:00", TicketStatus.PendingCustomer),
                Status("2026-12-01 09:00", TicketStatus.Open)),
            Ny("2026-12-01 16:00"));

        // Resolution 16 h: 50 % (8 h) is reached 2 h into Tuesday, 75 % (12 h) 6 h into Tuesday.
        var cycle = Cycle(state, SlaTimerKind.Resolution);
        Assert.Equal([Ny("2026-12-01 11:00"), Ny("2026-12-01 15:00")], cycle.Warnings.Select(w => w.ReachedAt));
    }

    [Fact]
    public void Evaluate_WarningInAnEarlierRunningSegment_LocatedInThatSegment()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(
            Ticket(
                Created("2026-11-30 09:00"),
                Status("2026-11-30 11:00", TicketStatus.PendingCustomer),
                Status("2026-11-30 13:00", TicketStatus.Open),
                Status("2026-12-01 12:00", TicketStatus.OnHold),
                Status("2026-12-02 09:00", TicketStatus.Open)),
            Ny("2026-12-02 10:00"));

        // Resolution 16 h: 2 h on Monday morning, then 4 h + 3 h, then 1 h so far; 50 % (8 h) falls on Tuesday 11:00.
        var cycle = Cycle(state, SlaTimerKind.Resolution);
        Assert.Equal(Duration.FromHours(10), cycle.Elapsed);
        Assert.Equal(Ny("2026-12-01 11:00"), Assert.Single(cycle.Warnings).ReachedAt);
        Assert.Equal(Ny("2026-12-02 16:00"), cycle.Due);
    }

    [Fact]
    public void Evaluate_SeveralTimersRunning_SoonestDueIsTheEarliestRunningCycle()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(Ticket(Created("2026-11-30 09:00", Priority.P1)), Ny("2026-11-30 09:30"));

        Assert.Same(Cycle(state, SlaTimerKind.FirstResponse), state.SoonestDue);
        Assert.False(state.EverBreached);
        Assert.Equal("standard", state.PolicyId);
        Assert.Equal(
            [SlaTimerKind.FirstResponse, SlaTimerKind.NextResponse, SlaTimerKind.PeriodicUpdate, SlaTimerKind.Resolution],
            state.Timers.Select(timer => timer.Kind));
    }

    [Fact]
    public void Explain_PausedAndResumedCycle_ListsPolicyTargetAndEverySteps()
    {
        var sut = Evaluator();
        var state = sut.Evaluate(
            Ticket(
                Created("2026-11-30 09:00"),
                Status("2026-11-30 15:00", TicketStatus.PendingCustomer),
                Status("2026-12-01 09:00", TicketStatus.Open)),
            Ny("2026-12-01 16:00"));

        var text = Cycle(state, SlaTimerKind.Resolution).Explain();

        Assert.Contains("resolution cycle 1: policy 'standard', p2 target 16h of business time on calendar 'new-york'.", text, StringComparison.Ordinal);
        Assert.Contains("2026-11-30T14:00:00Z  started: ticket created", text, StringComparison.Ordinal);
        Assert.Contains("2026-11-30T20:00:00Z  paused: status pending_customer", text, StringComparison.Ordinal);
        Assert.Contains("2026-12-01T14:00:00Z  resumed: status open", text, StringComparison.Ordinal);
        Assert.Contains("warning: 75% reached", text, StringComparison.Ordinal);
        Assert.EndsWith("state warning, elapsed 13h, remaining 3h, due 2026-12-02T16:00:00Z", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SameInputsTwice_EqualStates()
    {
        var sut = Evaluator();
        var ticket = Ticket(Created("2026-11-30 09:00"), Reply("2026-11-30 10:00"), Customer("2026-11-30 11:00"), Status("2026-11-30 12:00", TicketStatus.PendingCustomer));

        var first = sut.Evaluate(ticket, Ny("2026-12-01 09:00"));
        var second = Evaluator().Evaluate(ticket, Ny("2026-12-01 09:00"));

        Assert.Equal(StateSummary.Of(first), StateSummary.Of(second));
    }
}
