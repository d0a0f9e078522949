using NodaTime;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Policies;
using SupportOps.SlaEngine.Timers;
using static SupportOps.SlaEngine.Tests.Support.SlaFixtures;

namespace SupportOps.SlaEngine.Tests.Evaluation;

public sealed partial class SlaEvaluatorTests
{
    [Fact]
    public void Evaluate_PendingCustomerThenOpen_PausedTimeExtendsResolutionDue()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(
            Ticket(
                Created("2026-11-30 09:00"),
                Status("2026-11-30 13:00", TicketStatus.PendingCustomer),
                Status("2026-12-01 11:00", TicketStatus.Open)),
            Ny("2026-12-01 12:00"));

        var cycle = Cycle(state, SlaTimerKind.Resolution);
        Assert.Equal(SlaCycleStatus.Running, cycle.Status);
        Assert.Equal(Duration.FromHours(5), cycle.Elapsed);
        Assert.Equal(Ny("2026-12-02 15:00"), cycle.Due);
        Assert.Equal(Ny("2026-12-01 17:00"), cycle.OriginalDue);
    }

    [Fact]
    public void Evaluate_StillPendingCustomer_ResolutionPaused()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(
            Ticket(Created("2026-11-30 09:00"), Status("2026-11-30 13:00", TicketStatus.PendingCustomer)),
            Ny("2026-12-01 10:00"));

        var cycle = Cycle(state, SlaTimerKind.Resolution);
        Assert.Equal(SlaCycleStatus.Paused, cycle.Status);
        Assert.Equal(Ny("2026-11-30 13:00"), cycle.PausedAt);
        Assert.Equal(Duration.FromHours(4), cycle.Elapsed);
        Assert.Equal(Ny("2026-12-02 14:00"), cycle.Due);
        Assert.Equal("paused", cycle.StateText());
    }

    [Fact]
    public void Evaluate_OnHold_PausesResolutionButNotFirstResponse()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(Ticket(Created("2026-11-30 09:00"), Status("2026-11-30 10:00", TicketStatus.OnHold)), Ny("2026-11-30 12:00"));

        Assert.Equal(SlaCycleStatus.Paused, Cycle(state, SlaTimerKind.Resolution).Status);
        Assert.Equal(Duration.FromHours(1), Cycle(state, SlaTimerKind.Resolution).Elapsed);
        Assert.Equal(SlaCycleStatus.Running, Cycle(state, SlaTimerKind.FirstResponse).Status);
        Assert.Equal(Duration.FromHours(3), Cycle(state, SlaTimerKind.FirstResponse).Elapsed);
    }

    [Fact]
    public void Evaluate_Solved_FulfilsResolution()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(Ticket(Created("2026-11-30 09:00"), Reply("2026-11-30 10:00"), Status("2026-11-30 15:00", TicketStatus.Solved)), Ny("2026-12-01 09:00"));

        var cycle = Cycle(state, SlaTimerKind.Resolution);
        Assert.Equal(SlaCycleStatus.Fulfilled, cycle.Status);
        Assert.Equal(Ny("2026-11-30 15:00"), cycle.FulfilledAt);
        Assert.Equal(Duration.FromHours(6), cycle.Elapsed);
        Assert.Equal(Ny("2026-12-01 17:00"), cycle.Due);
        Assert.Equal(TicketStatus.Solved, state.Status);
        Assert.Null(state.SoonestDue);
    }

    [Fact]
    public void Evaluate_Reopened_ResumesResolutionCycleExcludingSolvedTime()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(
            Ticket(
                Created("2026-11-30 09:00"),
                Reply("2026-11-30 10:00"),
                Status("2026-11-30 15:00", TicketStatus.Solved),
                Reopened("2026-12-01 10:00")),
            Ny("2026-12-01 12:00"));

        var cycle = Assert.Single(state.Timer(SlaTimerKind.Resolution)!.Cycles);
        Assert.Equal(SlaCycleStatus.Running, cycle.Status);
        Assert.Equal(Duration.FromHours(8), cycle.Elapsed);
        Assert.Equal(Ny("2026-12-02 12:00"), cycle.Due);
        Assert.Equal(Ny("2026-12-01 17:00"), cycle.OriginalDue);
        Assert.Contains(cycle.Reasons, reason => reason.Kind == SlaReasonKind.ResumedAtReopen);
        Assert.Equal(TicketStatus.Open, state.Status);
    }

    [Fact]
    public void Evaluate_StatusChangeFromSolvedToOpen_IsAReopen()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(
            Ticket(Created("2026-11-30 09:00"), Status("2026-11-30 15:00", TicketStatus.Solved), Status("2026-12-01 10:00", TicketStatus.Open)),
            Ny("2026-12-01 12:00"));

        Assert.Equal(SlaCycleStatus.Running, Cycle(state, SlaTimerKind.Resolution).Status);
        Assert.Equal(Duration.FromHours(8), Cycle(state, SlaTimerKind.Resolution).Elapsed);
    }

    [Fact]
    public void Evaluate_ReopenWithNewCycleRule_StartsFreshResolutionCycle()
    {
        var rules = SlaTimerRules.DefaultFor(SlaTimerKind.Resolution) with { OnReopen = SlaReopenBehavior.NewCycle };
        var sut = Evaluator(Standard(policy => policy.Resolution(timer => timer.WithRules(rules))));

        var state = sut.Evaluate(
            Ticket(Created("2026-11-30 09:00"), Status("2026-11-30 15:00", TicketStatus.Solved), Reopened("2026-12-01 10:00")),
            Ny("2026-12-01 12:00"));

        var timer = state.Timer(SlaTimerKind.Resolution)!;
        Assert.Equal(2, timer.Cycles.Length);
        Assert.Equal(SlaCycleStatus.Fulfilled, timer.Cycles[0].Status);
        Assert.Equal(Ny("2026-12-01 10:00"), timer.Cycles[1].Start);
        Assert.Equal(Duration.FromHours(2), timer.Cycles[1].Elapsed);
        Assert.Equal(SlaReasonKind.StartedAtReopen, timer.Cycles[1].Reasons[0].Kind);
    }

    [Fact]
    public void Evaluate_CustomerWritesWhileSolvedThenReopen_NextResponseStartsAtReopen()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(
            Ticket(
                Created("2026-11-30 09:00"),
                Reply("2026-11-30 10:00"),
                Status("2026-11-30 11:00", TicketStatus.Solved),
                Customer("2026-11-30 12:00"),
                Reopened("2026-11-30 12:05")),
            Ny("2026-11-30 13:05"));

        var cycle = Assert.Single(state.Timer(SlaTimerKind.NextResponse)!.Cycles);
        Assert.Equal(Ny("2026-11-30 12:05"), cycle.Start);
        Assert.Equal(SlaReasonKind.StartedAtReopen, cycle.Reasons[0].Kind);
    }

    [Fact]
    public void Evaluate_CalendarTimeResolution_CountsNightsAndWeekends()
    {
        var sut = Evaluator(Standard(policy => policy.Resolution(timer => timer.Target(Duration.FromHours(48)).InCalendarTime())));

        var state = sut.Evaluate(Ticket(Created("2026-12-04 16:00")), Ny("2026-12-05 16:00"));

        var cycle = Cycle(state, SlaTimerKind.Resolution);
        Assert.Equal(SlaTimeMode.Calendar, cycle.Mode);
        Assert.Null(cycle.CalendarName);
        Assert.Equal(Ny("2026-12-06 16:00"), cycle.Due);
        Assert.Equal(Duration.FromHours(24), cycle.Elapsed);
        Assert.Equal(Ny("2026-12-05 16:00"), Assert.Single(cycle.Warnings, w => w.Threshold.Percent == 50).ReachedAt);
    }

    [Fact]
    public void Evaluate_TimerWithItsOwnCalendar_UsesThatCalendar()
    {
        var sut = Evaluator(Standard(policy => policy.FirstResponse(timer => timer.OnCalendar("london"))));

        var state = sut.Evaluate(Ticket(Created("2026-11-30 09:00")), Ny("2026-11-30 10:00"));

        var cycle = Cycle(state, SlaTimerKind.FirstResponse);
        Assert.Equal("london", cycle.CalendarName);
        Assert.Equal(Instant.FromUtc(2026, 12, 1, 10, 0), cycle.Due);
        Assert.Equal("new-york", Cycle(state, SlaTimerKind.Resolution).CalendarName);
    }

    [Fact]
    public void Evaluate_HolidayAndHalfDay_ExtendResolutionDue()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(Ticket(Created("2026-12-23 09:00")), Ny("2026-12-23 10:00"));

        // 8 h on the 23rd, 4 h on the half day of the 24th, nothing on Christmas, 4 h on Monday the 28th.
        Assert.Equal(Ny("2026-12-28 13:00"), Cycle(state, SlaTimerKind.Resolution).Due);
    }
}
